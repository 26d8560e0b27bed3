import type { HabileteId } from './habiletes';

/** A job family of the ROME (France's reference list of jobs), named in plain words. */
export interface JobFamily {
	rome: string;
	name: string;
}

/**
 * For each habileté, a few job families where it is used every day: the feedback sheet offers
 * them to a candidate whose strong points they are. Kept as data so that advisers can review it.
 */
export const JOB_FAMILIES: Record<HabileteId, readonly JobFamily[]> = {
	creer: [
		{ rome: 'E1205', name: 'Création de contenus multimédias' },
		{ rome: 'G1202', name: 'Animation d’activités culturelles ou de loisirs' },
		{ rome: 'G1602', name: 'Cuisine' }
	],
	'relation-service': [
		{ rome: 'M1601', name: 'Accueil et renseignements' },
		{ rome: 'D1505', name: 'Caisse en magasin' },
		{ rome: 'G1803', name: 'Service en salle de restaurant' },
		{ rome: 'K1302', name: 'Aide à domicile auprès d’adultes' }
	],
	attention: [
		{ rome: 'H2102', name: 'Conduite de machines en production alimentaire' },
		{ rome: 'N1103', name: 'Préparation de commandes en entrepôt' },
		{ rome: 'K2503', name: 'Sécurité et surveillance' },
		{ rome: 'M1606', name: 'Saisie de données' }
	],
	negocier: [
		{ rome: 'D1403', name: 'Vente auprès de particuliers' },
		{ rome: 'M1101', name: 'Achats' },
		{ rome: 'D1106', name: 'Vente en alimentation' }
	],
	initiative: [
		{ rome: 'N4105', name: 'Livraison en tournée' },
		{ rome: 'K1302', name: 'Aide à domicile auprès d’adultes' },
		{ rome: 'I1304', name: 'Maintenance d’équipements industriels' }
	],
	consignes: [
		{ rome: 'J1301', name: 'Agent de service hospitalier' },
		{ rome: 'H2102', name: 'Conduite de machines en production alimentaire' },
		{ rome: 'N1103', name: 'Préparation de commandes en entrepôt' },
		{ rome: 'K2204', name: 'Propreté et nettoyage de locaux' }
	],
	equipe: [
		{ rome: 'G1603', name: 'Équipier en restauration' },
		{ rome: 'F1703', name: 'Maçonnerie' },
		{ rome: 'H3302', name: 'Assemblage, tri et emballage' }
	],
	tension: [
		{ rome: 'G1602', name: 'Cuisine' },
		{ rome: 'D1505', name: 'Caisse en magasin' },
		{ rome: 'N4105', name: 'Livraison en tournée' },
		{ rome: 'G1803', name: 'Service en salle de restaurant' }
	],
	donnees: [
		{ rome: 'M1606', name: 'Saisie de données' },
		{ rome: 'M1203', name: 'Comptabilité' },
		{ rome: 'M1602', name: 'Travaux administratifs' }
	],
	dexterite: [
		{ rome: 'H3302', name: 'Assemblage, tri et emballage' },
		{ rome: 'H2909', name: 'Montage et assemblage mécanique' },
		{ rome: 'H2913', name: 'Soudure' },
		{ rome: 'D1507', name: 'Mise en rayon en magasin' }
	],
	processus: [
		{ rome: 'H2102', name: 'Conduite de machines en production alimentaire' },
		{ rome: 'I1304', name: 'Maintenance d’équipements industriels' },
		{ rome: 'N1303', name: 'Chef d’équipe en entrepôt' }
	],
	espace: [
		{ rome: 'N1101', name: 'Conduite de chariot élévateur (cariste)' },
		{ rome: 'F1703', name: 'Maçonnerie' },
		{ rome: 'F1602', name: 'Électricité du bâtiment' },
		{ rome: 'H2909', name: 'Montage et assemblage mécanique' }
	],
	affirmer: [
		{ rome: 'K2503', name: 'Sécurité et surveillance' },
		{ rome: 'M1601', name: 'Accueil et renseignements' },
		{ rome: 'D1403', name: 'Vente auprès de particuliers' }
	],
	adaptation: [
		{ rome: 'G1603', name: 'Équipier en restauration' },
		{ rome: 'M1602', name: 'Travaux administratifs' },
		{ rome: 'K1302', name: 'Aide à domicile auprès d’adultes' }
	],
	organiser: [
		{ rome: 'N1103', name: 'Préparation de commandes en entrepôt' },
		{ rome: 'M1602', name: 'Travaux administratifs' },
		{ rome: 'N4105', name: 'Livraison en tournée' }
	],
	manager: [
		{ rome: 'D1301', name: 'Responsable de magasin' },
		{ rome: 'H2502', name: 'Encadrement en production industrielle' },
		{ rome: 'N1303', name: 'Chef d’équipe en entrepôt' }
	],
	communiquer: [
		{ rome: 'M1601', name: 'Accueil et renseignements' },
		{ rome: 'D1403', name: 'Vente auprès de particuliers' },
		{ rome: 'K1303', name: 'Garde et accompagnement d’enfants' },
		{ rome: 'G1202', name: 'Animation d’activités culturelles ou de loisirs' }
	]
};

/**
 * Job families for a candidate's strongest habiletés, strongest first, each family once, the
 * families of the job they applied for (`exclude`, a ROME code) left out.
 */
export function jobFamiliesFor(
	habiletes: readonly HabileteId[],
	exclude: string | null = null,
	limit = 4
): JobFamily[] {
	const seen = new Set<string>(exclude ? [exclude] : []);
	const families: JobFamily[] = [];
	for (const h of habiletes) {
		for (const family of JOB_FAMILIES[h]) {
			if (seen.has(family.rome)) continue;
			seen.add(family.rome);
			families.push(family);
		}
	}
	return families.slice(0, limit);
}
