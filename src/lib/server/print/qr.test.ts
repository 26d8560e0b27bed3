import { describe, expect, it } from 'vitest';
import { qrPath } from './qr';

describe('qrPath', () => {
	it('draws the three finder squares of a QR code of the smallest fitting version', () => {
		const { size, d } = qrPath('http://192.168.1.10:3000/kiosque?code=ACD34679');
		// 47 bytes at level M need version 4: 17 + 4 × 4 = 33 modules.
		expect(size).toBe(33);
		// Each finder pattern's corner module is dark: top-left, top-right, bottom-left.
		expect(d).toContain('M0 0h1v1h-1z');
		expect(d).toContain(`M${size - 1} 0h1v1h-1z`);
		expect(d).toContain(`M0 ${size - 1}h1v1h-1z`);
		// The separator next to the top-left finder is light.
		expect(d).not.toContain('M7 0h1v1h-1z');
	});
});
