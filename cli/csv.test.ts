import { describe, expect, it } from 'vitest';
import { CsvError, parseScoreCsv } from './csv';

describe('parseScoreCsv', () => {
	it('reads a header of items and one row of numbers per person', () => {
		expect(parseScoreCsv('A,B\n1,0\n0.5,1e0\n')).toEqual({
			items: ['A', 'B'],
			rows: [
				[1, 0],
				[0.5, 1]
			],
			headerLine: 1,
			lines: [2, 3],
			separator: ',',
			maxima: null
		});
	});

	it('ignores a first column named id, whatever its case', () => {
		const file = parseScoreCsv('ID,A,B\nE1,1,0\nE2,0,1');
		expect(file.items).toEqual(['A', 'B']);
		expect(file.rows).toEqual([
			[1, 0],
			[0, 1]
		]);
	});

	it('skips the identifier column named by --id, wherever it is, even with text in it', () => {
		const file = parseScoreCsv('A,Code salarié,B\n1,Dupont A.,0\n0,E-2,1', {
			idColumn: 'code SALARIÉ'
		});
		expect(file.items).toEqual(['A', 'B']);
		expect(file.rows).toEqual([
			[1, 0],
			[0, 1]
		]);
		expect(() => parseScoreCsv('A,B\n1,0', { idColumn: 'code' })).toThrow(
			'line 1: no column "code" (see --id)'
		);
		// Without --id, a column "id" that is not the first is an item like any other.
		expect(() => parseScoreCsv('A,id\n1,x')).toThrow('"x" is not a number');
	});

	it('reads a row of maxima, named max in the identifier column, right after the header', () => {
		const file = parseScoreCsv('id,A,B\nmax,1,4\nE1,1,3\nE2,0,4');
		expect(file.maxima).toEqual([1, 4]);
		expect(file.rows).toEqual([
			[1, 3],
			[0, 4]
		]);
		expect(() => parseScoreCsv('id,A,B\nE1,1,3\nMAX,1,4')).toThrow(
			'line 3: the "max" row must come once, right after the header'
		);
		expect(() => parseScoreCsv('id,A,B\nmax,1,0\nE1,1,0')).toThrow(
			'line 2, column "B": a maximum must be above 0, got 0'
		);
	});

	it('accepts semicolons with decimal commas, a BOM, CRLF and blank lines, keeping line numbers', () => {
		const file = parseScoreCsv('\uFEFFA;B\r\n1,5;0\r\n\r\n;\r\n0;2,25\r\n');
		expect(file.separator).toBe(';');
		expect(file.items).toEqual(['A', 'B']);
		expect(file.rows).toEqual([
			[1.5, 0],
			[0, 2.25]
		]);
		expect(file.lines).toEqual([2, 5]);
	});

	it('reads quoted cells with separators and doubled quotes inside', () => {
		const file = parseScoreCsv('"Q1, lecture","Q2 ""bis"""\n"1",0\n0, 1 \n');
		expect(file.items).toEqual(['Q1, lecture', 'Q2 "bis"']);
		expect(file.rows).toEqual([
			[1, 0],
			[0, 1]
		]);
	});

	it('names the line or the column of what it cannot read', () => {
		const error = (text: string) => {
			try {
				parseScoreCsv(text);
			} catch (e) {
				expect(e).toBeInstanceOf(CsvError);
				return (e as Error).message;
			}
			return 'no error';
		};
		expect(error('')).toBe('the file is empty');
		expect(error('A,,C\n1,2,3')).toBe('line 1, column 2: no item name');
		expect(error('A,B,A\n1,2,3')).toBe('line 1: column "A" appears twice');
		expect(error('A,B\n1,0\n1,0,1')).toBe('line 3 has 3 cells where the header has 2');
		expect(error('A,B\n1,0\n1,x')).toBe('line 3, column "B": "x" is not a number');
		expect(error('A,B\n1,0\n1,0x10')).toBe('line 3, column "B": "0x10" is not a number');
		expect(error('A,B\n1,0\n1,1e999')).toBe('line 3, column "B": "1e999" is not a number');
		expect(error('A,B\n1,0\n1,0,5')).toBe('line 3 has 3 cells where the header has 2');
		expect(error('A,B\n"1,0\n')).toBe('line 2: a quote is not closed');
		expect(error('A,B\n"1"x,0\n')).toBe('line 2: text after a closing quote');
	});
});
