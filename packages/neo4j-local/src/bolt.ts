/** What answers on 127.0.0.1: a Bolt round trip, and whether a port is free to listen on. */
import net from 'node:net';
import neo4j from 'neo4j-driver';

export const boltUri = (port: number) => `bolt://127.0.0.1:${port}`;

/** One round trip on the default database; false on any failure. */
export async function boltAnswers(uri: string, timeoutMs = 2_000): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
  });
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await session.close().catch(() => {});
    await driver.close().catch(() => {});
  }
}

/** True when a server may listen on this port of 127.0.0.1 (nothing else holds it). */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}
