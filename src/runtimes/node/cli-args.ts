import { parseFlags, UsageError } from './run-cli.js';

const ASK_EXAMPLE = 'npm run ask -- "Can a tech company get a loan backed by its patents?"';

export const ASK_HELP = `usage: npm run ask -- [flags] "your question"
Answers one question in the terminal, as the API would; settings come from the environment (e.g. DATA_DIR).
  --json             print the whole Answer as JSON
  --conversation ID  continue a conversation; its id is printed after each answer
  -h, --help         show this help
examples: ${ASK_EXAMPLE}
          npm run ask -- --json --conversation <id> "Who handles that?"`;

export const INGEST_HELP = `usage: npm run ingest -- [flags]
Builds the search index in DATA_DIR/index now; npm start builds it when it is missing or stale.
  --force         rebuild even when the index is up to date
  --check FOLDER  validate one document folder (metadata.json, its text, its translations) and print what
                  was parsed, or the first malformed line; builds nothing
  -h, --help      show this help
examples: DATA_DIR=/var/lib/policy-assistant npm run ingest -- --force
          npm run ingest -- --check corpus/jingan`;

export interface AskArgs {
  help: boolean;
  json: boolean;
  conversation: string | undefined;
  message: string;
}

/** `npm run ask` arguments; a missing question is a usage error, unless help was asked for. */
export function parseAskArgs(argv: string[]): AskArgs {
  const { values, positionals } = parseFlags('ask', {
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      conversation: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const message = positionals.join(' ').trim();
  if (!values.help && message === '') throw new UsageError(`no question given; for example: ${ASK_EXAMPLE}`);
  return { help: values.help, json: values.json, conversation: values.conversation, message };
}

export function parseIngestArgs(argv: string[]): { help: boolean; force: boolean; check: string | undefined } {
  const { values } = parseFlags('ingest', {
    args: argv,
    allowPositionals: false,
    options: {
      force: { type: 'boolean', default: false },
      check: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return { help: values.help, force: values.force, check: values.check };
}
