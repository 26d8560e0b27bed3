/**
 * "Maintenir son attention dans la durée": quality control on a conveyor. Products pass under
 * the inspection light every 1.2–1.8 s for about 10 minutes; the person rejects the rare
 * defective ones (8–12 %).
 */
import type { ExerciseDefinition } from '$lib/engine/contract';
import { machine } from './machine';

export const attention = {
	id: 'attention',
	// 2: extra time slows the belt (before, it gave no extra time once the items ran out).
	// 3: scored on d′ (20 points per unit, 0–100) rather than hits − false alarms; criterion c;
	// decline on d′; undefined subscores null; forms with as many defects of each kind (form 2).
	version: 3,
	habilete: 'attention',
	title: 'Contrôle qualité sur un tapis',
	measures:
		'Rester attentif longtemps à une tâche répétitive : repérer les rares produits défectueux, sans rejeter les bons, du début à la fin.',
	scoredBy: 'trials',
	machine,
	loadView: () => import('./View.svelte')
} satisfies ExerciseDefinition<typeof machine>;

export default attention;
