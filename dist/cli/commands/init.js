import { action, withBaseOptions } from '../options.js';
export function register(program) {
    withBaseOptions(program
        .command('init')
        .description('write a commented starter map (never over an existing file)')
        .argument('[file]', 'where to write it', 'account.acctmap.yaml')
        .option('--id <id>', 'the account id (a slug such as acme)')
        .option('--name <name>', "the account's display name"))
        .addHelpText('after', `
Examples:
  $ acctmap init
  $ acctmap init accounts/acme.acctmap.yaml --id acme --name "Acme Corp"`)
        .action(action(async () => (await import('../actions/init.js')).init));
}
