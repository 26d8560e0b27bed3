import type { Db } from '../db';

/** Every demo account's email ends so: their password is printed in the README. */
export const DEMO_EMAIL_DOMAIN = '@habile.demo';

/** The command that creates the first admin of a real deployment. */
export const FIRST_ADMIN_COMMAND =
	'npm run habile -- create-user --role admin --email YOU@EXAMPLE.ORG --name "YOUR NAME" --password-file FILE';

/** The demo accounts that can still log in (not disabled), by email. */
export async function openDemoAccounts(db: Db): Promise<string[]> {
	const rows = await db
		.selectFrom('users')
		.select('email')
		.where('email', 'like', `%${DEMO_EMAIL_DOMAIN}`)
		.where('disabled_at', 'is', null)
		.orderBy('email')
		.execute();
	return rows.map((r) => r.email);
}

/**
 * Why a production start (the demo off) must not serve this database, or null. Demo accounts
 * that can log in would let anyone who read the README in.
 */
export async function productionRefusal(db: Db): Promise<string | null> {
	const open = await openDemoAccounts(db);
	if (!open.length) return null;
	return [
		'Refusing to start: the demo is off (HABILE_DEMO=0 or NODE_ENV=production) but this database',
		`holds demo accounts whose password is published: ${open.join(', ')}.`,
		'Use a database of its own (DATABASE_URL), or disable each of them:',
		...open.map((email) => `  npm run habile -- disable-user --email ${email}`),
		'Then create the first admin, if there is none:',
		`  ${FIRST_ADMIN_COMMAND}`
	].join('\n');
}
