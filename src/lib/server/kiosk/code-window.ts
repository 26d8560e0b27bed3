import { utcToZoned, zonedToUtc } from '$lib/domain/time';

/**
 * When a session's kiosk codes open: by default from the start of the session's day (midnight,
 * France time); with `opensMinutesBefore` (env `KIOSK_CODE_OPENS_MINUTES_BEFORE`), only that
 * many minutes before the session starts. They close at the end of the session's day either way:
 * a code for tomorrow's session does not open today, nor yesterday's code today.
 */
export interface CodeWindow {
	opensAt: Date;
	closesAt: Date;
}

export function codeWindow(startsAt: string, opensMinutesBefore: number | null = null): CodeWindow {
	const { date } = utcToZoned(startsAt);
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const nextDay = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
	return {
		opensAt:
			opensMinutesBefore === null
				? zonedToUtc(date, '00:00')
				: new Date(Date.parse(startsAt) - opensMinutesBefore * 60_000),
		closesAt: zonedToUtc(nextDay, '00:00')
	};
}

/** Why a code does not open at `now`: too early, too late, or null when it opens. */
export function outsideWindow(window: CodeWindow, now: Date): 'early' | 'over' | null {
	if (now < window.opensAt) return 'early';
	if (now >= window.closesAt) return 'over';
	return null;
}
