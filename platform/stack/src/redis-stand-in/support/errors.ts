import { ReplyError } from '../protocol/reply.js';

/** Redis's error replies that many commands share, worded exactly as Redis 7.0 words them. */
export const errors = {
  syntax: () => new ReplyError('ERR syntax error'),
  wrongType: () => new ReplyError('WRONGTYPE Operation against a key holding the wrong kind of value'),
  notInteger: () => new ReplyError('ERR value is not an integer or out of range'),
  arity: (fullName: string) => new ReplyError(`ERR wrong number of arguments for '${fullName}' command`),
  invalidExpire: (fullName: string) => new ReplyError(`ERR invalid expire time in '${fullName}' command`),
  unknownCommand: (argv: readonly string[]) => new ReplyError(unknownCommandMessage(argv)),
  unknownSubcommand: (argv: readonly string[]) =>
    new ReplyError(`ERR unknown subcommand '${clip(argv[1] ?? '')}'. Try ${(argv[0] ?? '').toUpperCase()} HELP.`),
  subcommandSyntax: (argv: readonly string[]) =>
    new ReplyError(
      `ERR unknown subcommand or wrong number of arguments for '${clip(argv[1] ?? '')}'. Try ${(argv[0] ?? '').toUpperCase()} HELP.`,
    ),
};

const clip = (text: string) => text.slice(0, 128);

/** `ERR unknown command 'x', with args beginning with: 'a' 'b' ` — arguments quoted until 128 characters. */
function unknownCommandMessage(argv: readonly string[]): string {
  let args = '';
  for (let i = 1; i < argv.length && args.length < 128; i++) {
    args += `'${(argv[i] ?? '').slice(0, 128 - args.length)}' `;
  }
  return `ERR unknown command '${clip(argv[0] ?? '')}', with args beginning with: ${args}`;
}
