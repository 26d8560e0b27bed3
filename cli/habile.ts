import { readSecretFromStdin, run } from './run';

process.exitCode = await run(process.argv.slice(2), {
	stdout: (line) => console.log(line),
	stderr: (line) => console.error(line),
	readSecret: readSecretFromStdin,
	env: process.env
});
