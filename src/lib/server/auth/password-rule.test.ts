import { describe, expect, it } from 'vitest';
import commonPasswords from './common-passwords.json' with { type: 'json' };
import { passwordProblem } from './password-rule';

const owner = { email: 'nadia.benali@entrepots-rhone.example', name: 'Nadia Benali' };
const problem = (password: string) => passwordProblem(password, owner);

describe('the password rule', () => {
	it('accepts long random passwords and passphrases, even of common words', () => {
		for (const password of [
			'kX9#mP2$qL7!',
			'correct horse battery staple',
			'soleil lapin chocolat',
			'un mot de passe assez long',
			'Nadia aime les pommes vertes',
			'Le train de 7 h 42 est en retard'
		])
			expect(problem(password), password).toBeNull();
	});

	it('refuses fewer than 12 characters, and more than 256', () => {
		expect(problem('Zm4!abc9Lp2')).toBe('form.password.short');
		expect(problem('x'.repeat(200) + 'kX9#mP2$qL7!'.repeat(5))).toBe('form.tooLong');
	});

	it('refuses the same character, repeated parts, runs and keyboard rows', () => {
		for (const password of [
			'aaaaaaaaaaaa',
			'xk7xk7xk7xk7',
			'abcabcabcabc',
			'abcdefghijkl',
			'123456789012',
			'abcdef123456',
			'azertyuiop12',
			'mlkjhgfdsq12',
			'zyxwvu987654',
			'chouchou1234'
		])
			expect(problem(password), password).toBe('form.password.trivial');
	});

	it('refuses a common password, also disguised or decorated', () => {
		for (const password of [
			'motdepasse123',
			'Password2024!',
			'P@ssw0rd2024',
			'mot-de-passe-2024',
			'!!soleil2024!',
			'2024!password',
			'Marseille13008',
			'iloveyou2024',
			'Bienvenue2026',
			// The demo's password is published in the README.
			'demo-habile-2026'
		])
			expect(problem(password), password).toBe('form.password.common');
	});

	it('refuses a password built on the owner’s name or email', () => {
		for (const password of [
			'NadiaBenali2024',
			'nadia.benali1',
			'Benali-Nadia!',
			'entrepots-rhone',
			'Benali 1983 !!'
		])
			expect(problem(password), password).toBe('form.password.personal');
		// Without the owner, the same password is only judged on itself.
		expect(passwordProblem('NadiaBenali2024')).toBeNull();
	});

	it('ships a list of a few thousand common passwords, lower-case, without accents', () => {
		expect(commonPasswords.length).toBeGreaterThan(2500);
		for (const entry of commonPasswords) {
			expect(entry).toBe(entry.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
		}
		expect(commonPasswords).toContain('azerty');
		expect(commonPasswords).toContain('motdepasse');
	});

	it('judges even the longest password quickly', () => {
		const start = performance.now();
		for (const p of ['ab'.repeat(128), 'a'.repeat(256), 'kX9#mP2$qL7!'.repeat(21)]) problem(p);
		expect(performance.now() - start).toBeLessThan(200);
	});
});
