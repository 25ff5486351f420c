/**
 * The command line: commander wiring only. Each command's work lives in src/cli/actions/ and is
 * imported when the command runs, so `acctmap --version` and `--help` load almost nothing.
 */
import { Command, CommanderError } from 'commander';
import { escapeTerminal } from '../text/index.js';
import { register as registerConfig } from './commands/config.js';
import { register as registerDiagram } from './commands/diagram.js';
import { register as registerDiff } from './commands/diff.js';
import { register as registerImport } from './commands/import.js';
import { register as registerInit } from './commands/init.js';
import { register as registerPaths } from './commands/paths.js';
import { register as registerReport } from './commands/report.js';
import { register as registerRules } from './commands/rules.js';
import { register as registerSchema } from './commands/schema.js';
import { register as registerScore } from './commands/score.js';
import { register as registerValidate } from './commands/validate.js';
import { EXIT, UsageError } from './errors.js';
import { noteCommandLine } from './invocation.js';
import { version } from './version.js';
function buildProgram() {
    const program = new Command('acctmap')
        .description('Account maps as code: validate, score, diagram and report on key-account maps kept as YAML.')
        .version(version(), '-V, --version', 'print the version')
        .helpOption('-h, --help', 'show help')
        .showSuggestionAfterError(true)
        .exitOverride()
        .addHelpText('after', `
Examples:
  $ acctmap validate                      check every *.acctmap.yaml under this folder
  $ acctmap validate accounts --format sarif -o acctmap.sarif
  $ acctmap score --by profit             rank the portfolio on profit
  $ acctmap diagram accounts/acme.acctmap.yaml --view influence -o acme.svg
  $ acctmap paths accounts/acme.acctmap.yaml --to economic-buyer   who can introduce us
  $ acctmap report accounts -o reviews/   one review per account plus an index
  $ acctmap diff --since 2026-09-01        what changed in the maps since the last review
  $ acctmap import contacts.csv --into accounts/acme.acctmap.yaml --dry-run
  $ acctmap init accounts/acme.acctmap.yaml
  $ acctmap config accounts/acme.acctmap.yaml  the rule settings in force for that file
  $ cat acme.acctmap.yaml | acctmap validate - --stdin-filename accounts/acme.acctmap.yaml
  $ acctmap validate 'accounts/**/*.acctmap.yaml'   a quoted glob, expanded by acctmap

Exit codes: 0 done, 1 findings at or above --fail-on, 2 could not do the job, 70 a bug.
Docs: docs/format.md (the format), docs/rules/ (one page per rule), docs/scoring.md.`);
    program.configureHelp({ sortSubcommands: false, showGlobalOptions: false });
    // commander quotes what was typed ("unknown option '--x'"): shown, never acted on.
    program.configureOutput({
        outputError: (text, write) => write(escapeTerminal(text, 'line-breaks')),
    });
    registerValidate(program);
    registerScore(program);
    registerDiagram(program);
    registerPaths(program);
    registerReport(program);
    registerDiff(program);
    registerImport(program);
    registerInit(program);
    registerSchema(program);
    registerRules(program);
    registerConfig(program);
    for (const cmd of program.commands)
        cmd.exitOverride();
    return program;
}
/** Run the CLI; resolves to the exit code (the caller sets it, so output can flush). */
export async function main(argv, program = buildProgram()) {
    const debug = argv.includes('--debug');
    process.exitCode = undefined;
    noteCommandLine(argv.slice(2));
    try {
        await program.parseAsync(argv, { from: 'node' });
        return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
    }
    catch (error) {
        if (error instanceof CommanderError) {
            // --help and --version end here too, with exit code 0.
            if (error.exitCode === 0)
                return EXIT.ok;
            // commander has already printed its message ("unknown option '--x'", with a suggestion).
            return EXIT.failure;
        }
        if (error instanceof UsageError) {
            // Several problems (unreadable paths, say) come as several lines: each gets the prefix, so
            // that every line on stderr says where it came from and greps alike.
            for (const line of error.message.split('\n'))
                process.stderr.write(`acctmap: ${escapeTerminal(line)}\n`);
            return EXIT.failure;
        }
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`acctmap: internal error (this is a bug in acctmap, not in your maps; please report it with the command you ran): ${escapeTerminal(message)}\n`);
        if (debug && error instanceof Error && error.stack)
            process.stderr.write(`${error.stack}\n`);
        else
            process.stderr.write('acctmap: run again with --debug to see the stack trace\n');
        return EXIT.bug;
    }
}
