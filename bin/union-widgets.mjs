#!/usr/bin/env node
// union-widgets command line. Plain Node (20+) ESM: no build step, no dependencies.
// A small dispatcher: each subcommand is one entry in `commands`. Whatever a command prints that
// may hold untrusted text (a title, a server's message) goes through forTerminal().

import { parseArgs } from 'node:util';
import { forTerminal } from './io.mjs';
import { Fail, options, syncPetition, usage } from './sync-petition.mjs';
import { validate } from './validate.mjs';
import { render } from './render.mjs';

const commands = {
  'sync-petition': {
    summary: 'write a petition’s signature count from Action Network to a JSON file',
    usage,
    options,
    run: syncPetition,
  },
  validate: {
    summary: 'check a feed (file or URL, with #/pointer) against a widget’s data shape',
    // validate parses its own arguments and returns its own exit status (0, 1 problems, 2 usage/IO).
    raw: (args, io) => validate(args, io),
  },
  render: { summary: 'print a widget prerendered from its data, ready to paste', raw: render },
};

function help() {
  const list = Object.entries(commands)
    .map(([name, c]) => `  ${name.padEnd(15)} ${c.summary}`)
    .join('\n');
  return `Usage: union-widgets <command> [options]\n\nCommands:\n${list}\n\nunion-widgets <command> --help for its options.`;
}

/** Runs the command line; resolves to the exit status. Messages go to `out` and `err`. */
export async function main(
  argv = process.argv.slice(2),
  env = process.env,
  out = console.log,
  err = console.error,
) {
  const [name, ...rest] = argv;
  if (!name) {
    err(help());
    return 2;
  }
  if (name === '--help' || name === '-h') {
    out(help());
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    err(`union-widgets: unknown command "${forTerminal(name)}"\n\n${help()}`);
    return 2;
  }
  if (command.raw) return command.raw(rest, { out, err });
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    err(`union-widgets ${name}: ${forTerminal(e.message)}\n\n${command.usage}`);
    return 2;
  }
  if (values.help) {
    out(command.usage);
    return 0;
  }
  const warn = (message) => err(`union-widgets ${name}: warning: ${forTerminal(message)}`);
  try {
    out(forTerminal(await command.run(values, env, warn)));
    return 0;
  } catch (e) {
    const usage = e.code === 2 ? `\n\n${command.usage}` : '';
    const message =
      e instanceof Fail
        ? forTerminal(e.message)
        : `unexpected error: ${String(e?.stack ?? e)
            .split('\n')
            .map(forTerminal)
            .join('\n')}`;
    err(`union-widgets ${name}: ${message}${usage}`);
    return e instanceof Fail ? e.code : 1;
  }
}

// Run when invoked as a program (also through npx's symlink), not when imported by tests.
const invoked = process.argv[1] && (await import('node:fs')).realpathSync(process.argv[1]);
if (invoked === (await import('node:url')).fileURLToPath(import.meta.url))
  process.exitCode = await main();
