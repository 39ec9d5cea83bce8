export const COMMAND_EXECUTOR = Symbol('COMMAND_EXECUTOR');
export const DIRECTORY_READER = Symbol('DIRECTORY_READER');
/** The clock command handlers decide with (today's date, occurredAt checks). */
export const COMMAND_CLOCK = Symbol('COMMAND_CLOCK');
