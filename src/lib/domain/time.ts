import type { Locale } from './records';

/** Sessions and interviews happen in France: dates and times are typed and shown in its zone. */
export const AGENCY_TIME_ZONE = 'Europe/Paris';

/** The zone's offset from UTC (ms) at an instant. */
function offsetAt(ms: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(new Date(ms));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second')
	);
	return wall - Math.floor(ms / 1000) * 1000;
}

/** The instant of a wall-clock date (YYYY-MM-DD) and time (HH:MM) in the zone. */
export function zonedToUtc(date: string, time: string, timeZone = AGENCY_TIME_ZONE): Date {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const [hh, mm] = time.split(':').map(Number) as [number, number];
	const wall = Date.UTC(y, m - 1, d, hh, mm);
	let utc = wall - offsetAt(wall, timeZone);
	// Near a change of offset the first guess can be an hour off: correct it once.
	const second = wall - offsetAt(utc, timeZone);
	if (second !== utc) utc = second;
	return new Date(utc);
}

/** The wall-clock date and time of an instant in the zone, as form fields hold them. */
export function utcToZoned(
	iso: string,
	timeZone = AGENCY_TIME_ZONE
): { date: string; time: string } {
	const ms = Date.parse(iso);
	const wall = new Date(ms + offsetAt(ms, timeZone)).toISOString();
	return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

/** The date (YYYY-MM-DD) in the zone at an instant, `days` later: what "today" means to an agency. */
export function zonedDate(now: Date = new Date(), days = 0, timeZone = AGENCY_TIME_ZONE): string {
	const { date } = utcToZoned(now.toISOString(), timeZone);
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const intl = (locale: Locale) => (locale === 'fr' ? 'fr-FR' : 'en-GB');

/** « jeudi 3 décembre 2026 » */
export function formatDate(iso: string, locale: Locale, timeZone = AGENCY_TIME_ZONE): string {
	return new Date(iso).toLocaleDateString(intl(locale), {
		timeZone,
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	});
}

/** « 09:00 » */
export function formatTime(iso: string, locale: Locale, timeZone = AGENCY_TIME_ZONE): string {
	return new Date(iso).toLocaleTimeString(intl(locale), {
		timeZone,
		hour: '2-digit',
		minute: '2-digit'
	});
}
