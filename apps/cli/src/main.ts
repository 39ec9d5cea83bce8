import { CodedError } from '@tongxin/kernel';
import { runCli } from './run-cli.js';

const print = (line: string): void => void process.stdout.write(`${line}\n`);
try {
  process.exitCode = await runCli(process.argv.slice(2), process.env.DATABASE_URL, print);
} catch (error) {
  process.stderr.write(
    `${error instanceof CodedError ? `${error.code}: ${error.messageZh} / ${error.messageEn}` : String(error)}\n`,
  );
  process.exitCode = 1;
}
