import { parseFlags, UsageError } from './run-cli.js';

const ASK_EXAMPLE = 'npm run ask -- "Can a tech company get a loan backed by its patents?"';

export const ASK_HELP = `usage: npm run ask -- [flags] "your question"
Answers one question in the terminal, as the API would; settings come from the environment (e.g. DATA_DIR).
  --json             print the whole Answer as JSON
  --conversation ID  continue a conversation; its id is printed after each answer
  -h, --help         show this help
examples: ${ASK_EXAMPLE}
          npm run ask -- --json --conversation <id> "Who handles that?"`;

export const INGEST_HELP = `usage: npm run ingest -- [flags] [FILE]
Without FILE: builds the search index in DATA_DIR/index now; npm start builds it when it is missing or stale.
With FILE (.txt, .html web page, .docx or .pdf): writes a draft document folder CORPUS_DIR/<id>/ (default corpus/)
holding policy.txt (the text, one paragraph a line) and metadata.json (what the text states: title, number,
dates, issuers, language, shape), says which fields are left for a person, and prints the check below.
Exit 0: draft written and it passes the check; 1: draft written, it needs a person first; 2: nothing written.
  --id ID         folder name of the new document (lowercase letters, digits, dashes); default: from FILE's name
  --force         without FILE: rebuild even when the index is up to date; with FILE: replace an existing folder
  --check FOLDER  validate one document folder (metadata.json, its text, its translations) and print what
                  was parsed, or the first malformed line; builds nothing
  -h, --help      show this help
examples: DATA_DIR=/var/lib/policy-assistant npm run ingest -- --force
          npm run ingest -- --id jingan-ai-2026 ~/Downloads/measures.pdf
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

export interface IngestArgs {
  help: boolean;
  force: boolean;
  check: string | undefined;
  /** A document file to turn into a draft corpus folder. */
  file: string | undefined;
  id: string | undefined;
}

export function parseIngestArgs(argv: string[]): IngestArgs {
  const { values, positionals } = parseFlags('ingest', {
    args: argv,
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      check: { type: 'string' },
      id: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const hint = 'run "npm run ingest -- --help" for the flags';
  if (positionals.length > 1) throw new UsageError(`one file at a time, got ${positionals.length}; ${hint}`);
  const file = positionals[0];
  if (file !== undefined && values.check !== undefined) throw new UsageError(`give a FILE or --check FOLDER, not both; ${hint}`);
  if (values.id !== undefined && file === undefined) throw new UsageError(`--id names the folder for a FILE; none given; ${hint}`);
  if (values.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.id)) {
    throw new UsageError(`--id "${values.id}" must be lowercase letters, digits and dashes (e.g. --id jingan-ai-2026)`);
  }
  return { help: values.help, force: values.force, check: values.check, file, id: values.id };
}
