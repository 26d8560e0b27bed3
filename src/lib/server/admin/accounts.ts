import type { Db } from '../db';

export interface AccountRow {
	id: string;
	name: string;
	email: string;
	role: 'admin' | 'adviser' | 'employer';
	agencyName: string | null;
	companyName: string | null;
	disabled: boolean;
}

export async function listAccounts(db: Db): Promise<AccountRow[]> {
	const rows = await db
		.selectFrom('users as u')
		.leftJoin('agencies as a', 'a.id', 'u.agency_id')
		.leftJoin('companies as c', 'c.id', 'u.company_id')
		.select([
			'u.id',
			'u.name',
			'u.email',
			'u.role',
			'u.disabled_at',
			'a.name as agency_name',
			'c.name as company_name'
		])
		.orderBy('u.role')
		.orderBy('u.name')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		email: r.email,
		role: r.role,
		agencyName: r.agency_name,
		companyName: r.company_name,
		disabled: r.disabled_at !== null
	}));
}

/** The agencies and companies an admin can attach a new account to. */
export async function accountTargets(db: Db) {
	const [agencies, companies] = await Promise.all([
		db.selectFrom('agencies').select(['id', 'name']).orderBy('name').execute(),
		db.selectFrom('companies').select(['id', 'name']).orderBy('name').execute()
	]);
	return { agencies, companies };
}
