import type { DemoSeedResult } from '../src/lib/server/demo/seed';

export function printDemoLogins(
	out: (line: string) => void,
	demo: Pick<DemoSeedResult, 'accounts' | 'password'>
): void {
	out('Demo logins (password for all: ' + demo.password + '):');
	for (const a of demo.accounts) out(`  ${a.role.padEnd(9)} ${a.email}`);
}
