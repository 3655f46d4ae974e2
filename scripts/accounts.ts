import { parseArgs } from 'node:util';
import { read } from 'read';
import { EditorDataError, listAccounts, passwordLength, roles, type Role } from '../lib/editor/auth';
import {
  AccountError,
  addAccount,
  changePassword,
  checkKnownName,
  checkNewName,
  removeAccount,
  type AccountProblem,
} from '../lib/editor/auth/accounts';

/** `npm run accounts -- add NAME --role editor|publisher | remove NAME | password NAME | list` (docs/security.md). */
const usage = `Aufruf / usage: npm run accounts -- add NAME --role ${roles.join('|')} | remove NAME | password NAME | list`;

const problems: Record<AccountProblem, string> = {
  'invalid-name':
    'Name: 2–32 Zeichen aus a–z, 0–9, . _ -, am Anfang ein Buchstabe / name: 2–32 of a–z, 0–9, . _ -, starting with a letter',
  exists: 'Dieses Konto gibt es schon / this account already exists',
  unknown: 'Dieses Konto gibt es nicht / there is no such account',
  'too-short': `Das Passwort braucht mindestens ${passwordLength.min} Zeichen / the password needs at least ${passwordLength.min} characters`,
  'too-long': `Das Passwort darf höchstens ${passwordLength.max} Zeichen haben / the password may have at most ${passwordLength.max} characters`,
  'control-character': 'Das Passwort enthält ein Steuerzeichen / the password contains a control character',
  common:
    'Dieses Passwort steht auf der Liste der häufigsten Passwörter / this password is on the list of the most common ones',
};

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { role: { type: 'string' } } });
  const [command, name, ...rest] = positionals;
  const role = values.role as Role | undefined;
  if (command === 'list' && !name) return list();
  if (!name || rest.length > 0) return exitWith(2, usage);
  if (command === 'add' && role && roles.includes(role)) {
    checkNewName(name);
    await addAccount(name, role, await readPassword());
    return console.log(`Konto ${name} (${role}) angelegt / account ${name} (${role}) added`);
  }
  if (command === 'remove' && !role) {
    removeAccount(name);
    return console.log(
      `Konto ${name} entfernt, seine Sitzungen sind beendet / account ${name} removed, its sessions ended`,
    );
  }
  if (command === 'password' && !role) {
    checkKnownName(name);
    await changePassword(name, await readPassword());
    return console.log(
      `Passwort von ${name} geändert, alte Sitzungen sind beendet / password of ${name} changed, its sessions ended`,
    );
  }
  exitWith(2, usage);
}

function list(): void {
  const accounts = listAccounts();
  if (accounts.length === 0)
    return console.log(
      'Noch kein Konto. Anlegen mit / no account yet. Add one with: npm run accounts -- add NAME --role publisher',
    );
  for (const { name, role, createdAt, passwordChangedAt } of accounts)
    console.log(`${name}\t${role}\tangelegt / added ${createdAt}\tPasswort / password ${passwordChangedAt}`);
}

/** Twice without echo from a terminal; from a pipe (tests, provisioning), its first line. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    process.stdin.setEncoding('utf8');
    for await (const chunk of process.stdin) text += chunk;
    return text.split(/\r?\n/)[0];
  }
  const ask = (prompt: string) => read({ prompt, silent: true, output: process.stderr });
  const password = await ask('Passwort / password: ');
  const again = await ask('Noch einmal / again: ');
  process.stderr.write('\n');
  if (again !== password) exitWith(1, 'Die beiden Eingaben sind verschieden / the two entries differ');
  return password;
}

function exitWith(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}

main().catch((error: unknown) => {
  if (error instanceof AccountError) exitWith(1, problems[error.problem]);
  if (error instanceof EditorDataError) exitWith(1, error.message);
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    exitWith(2, usage);
  throw error;
});
