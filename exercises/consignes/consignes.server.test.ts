import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { engineEventSchemas } from '$lib/engine/contract.schema';
import { correctBin } from '../_sorting/rules.server';
import { configSchema, eventSchemas, payloadSchema } from './config.schema';
import { consignesServer } from './exercise.server';

const schemas: Record<string, z.ZodType> = { ...engineEventSchemas, ...eventSchemas };

describe('consignes content', () => {
	it('fills defaults: 40 items in 6 minutes', () => {
		expect(configSchema.parse({})).toEqual({
			theme: 'logistique',
			difficulty: 2,
			durationSeconds: 360,
			itemCount: 40
		});
		expect(configSchema.safeParse({ theme: 'espace' }).success).toBe(false);
	});

	it.each([
		['logistique', 1, 4],
		['soin', 2, 5],
		['logistique', 3, 6]
	] as const)('%s at difficulty %i has a card of %i rules', (theme, difficulty, rules) => {
		const setup = { config: configSchema.parse({ theme, difficulty }), seed: 11 };
		const payload = payloadSchema.parse(consignesServer.prepare(setup));
		expect(payload.rules).toHaveLength(rules);
		expect(payload.items).toHaveLength(40);
		const underExceptions = payload.items.filter(
			(i) => correctBin(payload.rules, i).rule.kind === 'exception'
		);
		expect(underExceptions.length).toBeGreaterThanOrEqual(8);
		expect(underExceptions.length).toBeLessThanOrEqual(28);
	});

	it('is the same for the same seed and differs for another', () => {
		const config = configSchema.parse({});
		expect(consignesServer.prepare({ config, seed: 5 })).toEqual(
			consignesServer.prepare({ config, seed: 5 })
		);
		expect(consignesServer.prepare({ config, seed: 6 }).items).not.toEqual(
			consignesServer.prepare({ config, seed: 5 }).items
		);
	});

	it('gives practice items with the right answers and never test answers', () => {
		const payload = consignesServer.prepare({
			config: configSchema.parse({ difficulty: 3 }),
			seed: 3
		});
		for (const p of payload.practice) expect(correctBin(payload.rules, p.item).bin).toBe(p.bin);
		expect(JSON.stringify(payload.items)).not.toMatch(/"bin"/);
	});
});

describe('consignes bot', () => {
	const setup = { config: configSchema.parse({}), seed: 21 };

	it('logs what the kiosk would, valid against the schemas, seq contiguous', () => {
		const events = consignesServer.simulate(setup, { skill: 0.6, rngSeed: 1 });
		events.forEach((e, i) => {
			expect(e.seq).toBe(i);
			expect(schemas[e.type]?.safeParse(e.data).success, e.type).toBe(true);
			if (i > 0) expect(e.t).toBeGreaterThanOrEqual(events[i - 1]!.t);
		});
	});

	it('scores higher with more skill, and is repeatable', () => {
		const score = (skill: number, rngSeed: number) =>
			consignesServer.score(setup, consignesServer.simulate(setup, { skill, rngSeed })).raw;
		const strong = [1, 2, 3].map((s) => score(0.95, s));
		const weak = [1, 2, 3].map((s) => score(0.15, s));
		expect(Math.min(...strong)).toBeGreaterThan(Math.max(...weak));
		expect(Math.min(...strong)).toBeGreaterThanOrEqual(32);
		expect(score(0.5, 9)).toBe(score(0.5, 9));
	});
});
