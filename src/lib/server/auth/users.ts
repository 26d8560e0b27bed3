import { z } from 'zod';
import { localeSchema, ROLES } from '$lib/domain/records';
import type { Db } from '../db';
import type { User } from '../db/schema';
import { audit } from '../audit/log';
import { newId, nowIso } from '../ids';
import { hashPassword } from './password';
import { passwordProblem } from './password-rule';

/**
 * A new password, checked on its own (length, common, trivial); `checkPersonal` adds what needs
 * its owner's name and email. Error messages are catalogue keys.
 */
export const newPasswordSchema = z.string().superRefine((password, ctx) => {
	const problem = passwordProblem(password);
	if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Adds an issue on `path` when the password is built on its owner's name or email. */
export function checkPersonal(
	ctx: z.RefinementCtx,
	path: string,
	password: string,
	owner: { email: string; name: string }
): void {
	if (passwordProblem(password, owner) === 'form.password.personal')
		ctx.addIssue({ code: 'custom', path: [path], message: 'form.password.personal' });
}

/** A staff account to create. Error messages are catalogue keys. */
export const newUserSchema = z
	.object({
		name: z.string().trim().min(1, { error: 'form.required' }).max(200, { error: 'form.tooLong' }),
		email: z
			.string()
			.trim()
			.toLowerCase()
			.min(1, { error: 'form.required' })
			.pipe(z.email({ error: 'form.email.invalid' })),
		role: z.enum(ROLES, { error: 'form.choose' }),
		password: newPasswordSchema,
		agencyId: z.string().min(1).nullable().default(null),
		companyId: z.string().min(1).nullable().default(null),
		locale: localeSchema.default('fr')
	})
	.superRefine((u, ctx) => {
		checkPersonal(ctx, 'password', u.password, u);
		if (u.role === 'employer' && !u.companyId) {
			ctx.addIssue({ code: 'custom', path: ['companyId'], message: 'form.company.required' });
		}
		if (u.role === 'adviser' && !u.agencyId) {
			ctx.addIssue({ code: 'custom', path: ['agencyId'], message: 'form.agency.required' });
		}
	});

export type NewUserInput = z.infer<typeof newUserSchema>;

export type CreateUserResult =
	| { ok: true; user: Pick<User, 'id' | 'email' | 'role'> }
	| { ok: false; errors: { email: 'form.email.taken' } };

/**
 * Creates a staff account. An employer's agency is its company's; other roles keep the agency
 * given. Written in one transaction with its audit entry.
 */
export async function createUser(
	db: Db,
	input: NewUserInput,
	actorId: string | null,
	now = new Date()
): Promise<CreateUserResult> {
	const passwordHash = await hashPassword(input.password);
	return db.transaction().execute(async (trx) => {
		const taken = await trx
			.selectFrom('users')
			.select('id')
			.where('email', '=', input.email)
			.executeTakeFirst();
		if (taken) return { ok: false, errors: { email: 'form.email.taken' } } as const;

		let agencyId = input.agencyId;
		if (input.role === 'employer') {
			const company = await trx
				.selectFrom('companies')
				.select('agency_id')
				.where('id', '=', input.companyId!)
				.executeTakeFirstOrThrow();
			agencyId = company.agency_id;
		}
		const user = {
			id: newId(),
			email: input.email,
			name: input.name,
			role: input.role,
			password_hash: passwordHash,
			agency_id: agencyId,
			company_id: input.role === 'employer' ? input.companyId : null,
			locale: input.locale,
			disabled_at: null,
			created_at: nowIso(now)
		};
		await trx.insertInto('users').values(user).execute();
		await audit(
			trx,
			{
				actorId,
				action: 'user.created',
				subjectType: 'user',
				subjectId: user.id,
				details: { email: user.email, role: user.role }
			},
			now
		);
		return { ok: true, user: { id: user.id, email: user.email, role: user.role } } as const;
	});
}
