import commonPasswords from './common-passwords.json' with { type: 'json' };

/**
 * The rule every staff password must pass. Length alone accepts `aaaaaaaaaaaa`, so a password
 * must also keep at least `MIN_UNGUESSABLE` characters once what a guesser tries first is taken
 * out: repeated parts and runs (`aaa`, `123`, `abc`, `azerty`), one very common word or password
 * at its start or end (`Soleil2024!`), the person's name and email. A passphrase of several
 * common words passes: only one of them is taken out.
 *
 * `common-passwords.json`: about 3,000 entries — the passwords that top the published leak
 * statistics, French and English first names and surnames, common words, cities, clubs, keyboard
 * walks, years — lower-case and without accents, as `normalized` makes what it is compared to.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
const MIN_UNGUESSABLE = 8;
/** Shorter words are not taken out of a password: they would cut into any phrase. */
const MIN_WORD = 4;

const COMMON = new Set<string>(commonPasswords);

export type PasswordProblem =
	| 'form.password.short'
	| 'form.tooLong'
	| 'form.password.common'
	| 'form.password.trivial'
	| 'form.password.personal';

/** Whose password it is: their name and email are the first things a guesser tries. */
export interface PasswordOwner {
	email?: string;
	name?: string;
}

/** What is wrong with a password (a catalogue key), or null when it may be used. */
export function passwordProblem(
	password: string,
	owner: PasswordOwner = {}
): PasswordProblem | null {
	if (password.length < PASSWORD_MIN_LENGTH) return 'form.password.short';
	if (password.length > PASSWORD_MAX_LENGTH) return 'form.tooLong';
	const plain = normalized(password);
	const forms = [...new Set([plain, leet(plain), compact(plain), compact(leet(plain))])];
	if (forms.some((f) => COMMON.has(f))) return 'form.password.common';
	const left = (strip: (f: string) => string) =>
		Math.min(...forms.map((f) => unguessable(strip(f))));
	if (left((f) => f) < MIN_UNGUESSABLE) return 'form.password.trivial';
	const tokens = personalTokens(owner);
	if (tokens.length && left((f) => withoutTokens(f, tokens)) < MIN_UNGUESSABLE)
		return 'form.password.personal';
	if (left(withoutCommonPrefix) < MIN_UNGUESSABLE || left(withoutCommonSuffix) < MIN_UNGUESSABLE)
		return 'form.password.common';
	return null;
}

/** Lower case, without accents: `Éléphant` and `elephant` are the same guess. */
function normalized(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const LEET: Record<string, string> = {
	'0': 'o',
	'1': 'i',
	'3': 'e',
	'4': 'a',
	'5': 's',
	'7': 't',
	'8': 'b',
	'@': 'a',
	$: 's',
	'€': 'e'
};

/** `p@ssw0rd` is `password` to a guesser. */
function leet(text: string): string {
	return text.replace(/[0134578@$€]/g, (c) => LEET[c]!);
}

/** Letters and digits only: `mot-de-passe` is `motdepasse`. */
function compact(text: string): string {
	return text.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * How many characters are left once repeated parts are kept once (`xk7xk7xk7` → `xk7`) and runs
 * of 3 or more are taken out: the same character, consecutive letters or digits either way, or
 * neighbours on a keyboard row (AZERTY and QWERTY).
 */
function unguessable(text: string): number {
	const once = text
		.trim()
		.replace(/\s+/g, ' ')
		.replace(/(.{2,}?)\1+/gu, '$1');
	const chars = [...once];
	let kept = 0;
	for (let i = 0; i < chars.length;) {
		let end = i + 1;
		const step = end < chars.length ? stepOf(chars[i]!, chars[end]!) : null;
		if (step) while (end < chars.length && stepOf(chars[end - 1]!, chars[end]!) === step) end++;
		if (end - i >= 3) i = end;
		else {
			kept++;
			i++;
		}
	}
	return kept;
}

const ROWS = [
	'azertyuiop',
	'qsdfghjklm',
	'wxcvbn',
	'qwertyuiop',
	'asdfghjkl',
	'zxcvbnm',
	'1234567890'
];

/** How `b` follows `a` in a run, or null when it does not. */
function stepOf(a: string, b: string): string | null {
	if (a === b) return 'same';
	if (/[a-z0-9]/.test(a) && /[a-z0-9]/.test(b)) {
		const d = b.charCodeAt(0) - a.charCodeAt(0);
		if (d === 1 || d === -1) return d === 1 ? 'up' : 'down';
	}
	for (const row of ROWS) {
		const i = row.indexOf(a);
		if (i < 0) continue;
		if (row[i + 1] === b) return 'right';
		if (i > 0 && row[i - 1] === b) return 'left';
	}
	return null;
}

/** The name's words, the email's local part and its words, its domain's words (3 letters up). */
function personalTokens(owner: PasswordOwner): string[] {
	const email = normalized(owner.email ?? '');
	const [local = '', domain = ''] = email.split('@');
	const words = [
		local,
		...local.split(/[^\p{L}\p{N}]+/u),
		...domain
			.split('.')
			.slice(0, -1)
			.flatMap((label) => label.split('-')),
		...normalized(owner.name ?? '').split(/[^\p{L}]+/u)
	];
	return [...new Set(words.filter((w) => w.length >= 3))].sort((a, b) => b.length - a.length);
}

function withoutTokens(text: string, tokens: string[]): string {
	return tokens.reduce((rest, token) => rest.replaceAll(token, ''), text);
}

/** Without the longest common word it starts with, past any leading digits or symbols. */
function withoutCommonPrefix(text: string): string {
	const lead = /^[^\p{L}]*/u.exec(text)![0];
	const body = text.slice(lead.length);
	for (let n = body.length; n >= MIN_WORD; n--)
		if (COMMON.has(body.slice(0, n))) return lead + body.slice(n);
	return text;
}

/** Without the longest common word it ends with, before any trailing digits or symbols. */
function withoutCommonSuffix(text: string): string {
	const trail = /[^\p{L}]*$/u.exec(text)![0];
	const body = text.slice(0, text.length - trail.length);
	for (let n = body.length; n >= MIN_WORD; n--)
		if (COMMON.has(body.slice(body.length - n))) return body.slice(0, body.length - n) + trail;
	return text;
}
