// The start-up reference: a bare discord.js client that logs in and does nothing else. Plain
// JavaScript, run by plain node, like the built bot it is compared with.
import { Client, GatewayIntentBits } from 'discord.js';

const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  rest: { api: process.env.DISCORD_API_URL },
});
process.once('SIGTERM', () => client.destroy().then(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
