import { describe, expect, it } from 'vitest';
import { fullReplyLongestShare } from '../mechanics/scenario/testing';
import { CONTENT } from './content.server';

describe('« Au comptoir » content', () => {
	it('does not give the key away by length: the full reply is not always the longest', () => {
		for (const difficulty of [1, 2, 3])
			expect(fullReplyLongestShare(Object.values(CONTENT), difficulty)).toBeLessThan(0.5);
	});
});
