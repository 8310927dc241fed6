/** Discord's epoch (2015-01-01T00:00:00.000Z), the zero point of every snowflake. */
export const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

/**
 * Make a new snowflake id the way Discord does: milliseconds since {@link DISCORD_EPOCH} in the top 42 bits,
 * a worker/process id (here 1/1) and a 12-bit increment counting every id the process made, so ids made
 * for times out of order (guilds "created" in the past) never collide. Ids made later sort higher.
 */
export function snowflake(at: number = Date.now()): string {
  const ms = BigInt(at) - DISCORD_EPOCH;
  increment = (increment + 1n) & 0xfffn;
  return ((ms << 22n) | (1n << 17n) | (1n << 12n) | increment).toString();
}

/** The creation time (ms since the Unix epoch) encoded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** A random, URL-safe token like the ones Discord gives interactions. */
export function randomToken(prefix: string, bytes = 48): string {
  const buf = new Uint8Array(bytes);
  crypto.getRandomValues(buf);
  return `${prefix}${Buffer.from(buf).toString('base64url')}`;
}
