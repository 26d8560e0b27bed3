import { z } from 'zod';

/**
 * The reference list of the 17 habiletés (transferable abilities).
 * Ids are stable slugs stored in the database; labels are displayed exactly as written.
 */
export const HABILETES = [
	{ id: 'creer', label: 'Créer, innover, inventer' },
	{ id: 'relation-service', label: 'Agir dans une relation de service' },
	{ id: 'attention', label: 'Maintenir son attention dans la durée' },
	{ id: 'negocier', label: 'Négocier' },
	{ id: 'initiative', label: 'Prendre des initiatives et être autonome' },
	{ id: 'consignes', label: 'Respecter des normes et des consignes' },
	{ id: 'equipe', label: 'Travailler en équipe' },
	{ id: 'tension', label: 'Travailler sous tension' },
	{ id: 'donnees', label: 'Recueillir et analyser des données' },
	{ id: 'dexterite', label: 'Exécuter des gestes avec dextérité' },
	{ id: 'processus', label: 'Se représenter un processus' },
	{ id: 'espace', label: "Se représenter un objet dans l'espace" },
	{ id: 'affirmer', label: "S'affirmer et faire face" },
	{ id: 'adaptation', label: "S'adapter au changement" },
	{ id: 'organiser', label: 'Organiser' },
	{ id: 'manager', label: 'Manager une équipe' },
	{ id: 'communiquer', label: 'Communiquer' }
] as const;

export type HabileteId = (typeof HABILETES)[number]['id'];

export const HABILETE_IDS = HABILETES.map((h) => h.id) as [HabileteId, ...HabileteId[]];

export const habileteIdSchema = z.enum(HABILETE_IDS);

const labels = new Map<string, string>(HABILETES.map((h) => [h.id, h.label]));

/** The French label of an habileté (the reference labels are not translated). */
export function habileteLabel(id: HabileteId): string {
	return labels.get(id)!;
}

export function isHabileteId(value: string): value is HabileteId {
	return labels.has(value);
}

/** A job analysis picks between 4 and 6 habiletés. */
export const JOB_ANALYSIS_MIN = 4;
export const JOB_ANALYSIS_MAX = 6;
