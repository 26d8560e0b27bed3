import { error } from '@sveltejs/kit';
import type { SessionUser } from '../auth/sessions';
import { getCampaign } from '../campaigns/queries';
import type { Db } from '../db';
import { getSession, type SessionSummary } from '../sessions/sessions';

/** The adviser's campaign, or 404 (another agency's campaign is not found, not forbidden). */
export async function campaignOr404(db: Db, user: SessionUser, id: string) {
	const campaign = await getCampaign(db, user, id);
	if (!campaign) error(404, { message: 'Campagne introuvable.' });
	return campaign;
}

/** The session filter (`?session=`): none, or a session of this campaign (404 otherwise). */
export async function sessionFilterOr404(
	db: Db,
	campaignId: string,
	id: string | null | undefined
): Promise<SessionSummary | null> {
	if (!id) return null;
	const session = await getSession(db, campaignId, id);
	if (!session) error(404, { message: 'Session introuvable.' });
	return session;
}
