// The command line: one subcommand per job (stats, seed, migrate; more register in src/cli/commands.ts).
import { ConfigError } from './config.js';
import { COMMANDS } from './cli/commands.js';

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`);
  return `usage: claimgraph <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun claimgraph <command> --help for a command's options.`;
}

async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`claimgraph: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return command.run(rest);
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(`claimgraph: ${error.message}`);
    else console.error(`claimgraph: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
