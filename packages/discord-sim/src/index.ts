/**
 * `@study-graph/discord-sim`: a local stand-in for Discord's REST API and gateway that a real discord.js client
 * can log in to. See {@link DiscordSim} for the test API.
 */
export { ManualClock, type SimClock, systemClock } from './clock.ts';
export { shardOf } from './gateway/server.ts';
export {
  type ActorOptions,
  type AutocompleteOptions,
  type AutocompleteReply,
  type BotMessage,
  type BotReply,
  type ComponentOptions,
  DiscordSim,
  type DiscordSimOptions,
  InvocationError,
  type MessageRef,
  type ModalSubmitOptions,
  type ReplyFile,
  type SelectMenuOptions,
  type SendMessageOptions,
  SimRejectionError,
  SimTimeoutError,
  type SlashCommandOptions,
  type WaitOptions,
} from './harness.ts';
export type { OptionValue } from './interactions.ts';
export type {
  IdentifyRecord,
  InteractionRecord,
  RecordedRequest,
  SimEvent,
  SimFile,
  StoredMessage,
} from './model/store.ts';
export type { ChannelSeed, GuildSeed, LocaleString, RoleSeed, UserSeed } from './model/world.ts';
export type { Fault } from './rest/context.ts';
export { snowflake, snowflakeTime } from './snowflake.ts';
export {
  type DiscordErrorBody,
  type DiscordErrorTree,
  type FieldProblem,
  flattenErrorTree,
  JsonErrorCode,
} from './validate/errors.ts';
export {
  isEmptyMessage,
  isValidChatInputName,
  type MessageEndpoint,
  validateCallback,
  validateCommand,
  validateCommandList,
  validateMessage,
} from './validate/rules.ts';
export { Limits } from './validate/schemas.ts';
