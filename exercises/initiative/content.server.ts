/**
 * « Prendre des initiatives et être autonome »: the list of the day, what happens on each of its
 * lines, the actions and what each earns.
 * Server-only (`.server.ts`): the points of each action are the answer key. Validated when the
 * server loads the exercise: a content mistake fails at start, not in front of someone.
 *
 * The person works down a routine list (cleaning offices, picking and putting away stock). The
 * consigne and the practice explain the routine only: nothing announces what will happen. Every
 * line of the list has four turns: a `routine` step (`tache`, `soin`), then an unannounced
 * `incident` (`initiative`, `role`); an action that takes it in hand leads to `reprise` (it is
 * dealt with, another routine step), any other to `suite` (left alone, it got worse: a second
 * chance to act). Every walk is three turns.
 *
 * On a routine step the full action does the line the way the consigne says (both); the hasty one
 * gets it done but skips the rule (`tache`), the stalling one (from difficulty 2) is careful but
 * does not move the list on (`soin`), the one that leaves the task (up to difficulty 2) nothing,
 * and the subtle one (difficulty 3) one of the two: it sounds right but quietly misses the rule,
 * or never gets on with the list. On an incident the full action secures the danger, then tells
 * the right person (or does what is one's own job: guides a visitor, labels a broken tool); the
 * overstepping one acts beyond the role or unsafely (repairs, climbs, gives care, moves someone,
 * gets rid of it without telling: `initiative`), the passive one (from 2) stays in the role but
 * leaves the danger (reports later, waits, sends elsewhere: `role`), ignoring it (up to 2)
 * nothing, and the subtle one (3) one of the two.
 */
import type { ContentText } from '$lib/engine/contract';
import type {
	ReplyContent,
	ScenarioContent,
	TurnContent
} from '../mechanics/scenario/scenes.server';

export const DIMENSIONS = ['tache', 'soin', 'initiative', 'role'] as const;
type Dimension = (typeof DIMENSIONS)[number];

const t = (fr: string, en: string): ContentText => ({ fr, en });

/** The actions of a routine step (a line of the list, as the consigne explains it). */
interface Routine {
	/** Does the line, and the way it is done (sign, new bag, code, quantity, scan…). */
	best: ContentText;
	/** Gets it done, but skips the rule. */
	hasty: ContentText;
	/** Careful, but does not move the list on: redoes, waits to be told, tidies something else (from difficulty 2). */
	stalling: ContentText;
	/** Leaves the task, or does something else (up to difficulty 2). */
	off: ContentText;
	/** Difficulty 3: quietly misses the rule (`tache`), or never gets on with the list (`soin`). */
	subtle: [ContentText, 'tache' | 'soin'];
}

/** The actions on an incident (never announced). */
interface Incident {
	/** Secures the danger, then tells the right person; or does what is one's own job. */
	best: ContentText;
	/** Acts, but beyond the role or unsafely. */
	overstep: ContentText;
	/** Stays in the role but leaves the danger: reports later, waits, sends elsewhere (from difficulty 2). */
	passive: ContentText;
	/** Carries on with the list as if nothing (up to difficulty 2). */
	ignore: ContentText;
	/** Difficulty 3: acts beyond the role while sounding sensible (`initiative`), or only passes it on (`role`). */
	subtle: [ContentText, 'initiative' | 'role'];
}

const reply = (
	text: ContentText,
	earns: Dimension[],
	next: string | undefined,
	window: Pick<ReplyContent, 'from' | 'until'> = {}
): ReplyContent => ({ text, earns, ...(next ? { next } : {}), ...window });

/** A routine step: `routine` leads to the incident whatever the action, `reprise` ends the line. */
function step(id: 'routine' | 'reprise', other: ContentText, r: Routine): TurnContent {
	const next = id === 'routine' ? 'incident' : undefined;
	const replies: ReplyContent[] = [
		reply(r.best, ['tache', 'soin'], next),
		reply(r.hasty, ['tache'], next),
		reply(r.stalling, ['soin'], next, { from: 2 }),
		reply(r.off, [], next, { until: 2 }),
		reply(r.subtle[0], [r.subtle[1]], next, { from: 3 })
	];
	return { id, other, engages: ['tache', 'soin'], replies };
}

/**
 * An incident: on `incident`, an action that takes it in hand leads back to the list (`reprise`),
 * the others to `suite`, where it got worse; `suite` ends the line.
 */
function event(id: 'incident' | 'suite', other: ContentText, r: Incident): TurnContent {
	const next = (earns: Dimension[]) =>
		id === 'incident' ? (earns.includes('initiative') ? 'reprise' : 'suite') : undefined;
	const action = (
		text: ContentText,
		earns: Dimension[],
		window: Pick<ReplyContent, 'from' | 'until'> = {}
	) => reply(text, earns, next(earns), window);
	const replies: ReplyContent[] = [
		action(r.best, ['initiative', 'role']),
		action(r.overstep, ['initiative']),
		action(r.passive, ['role'], { from: 2 }),
		action(r.ignore, [], { until: 2 }),
		action(r.subtle[0], [r.subtle[1]], { from: 3 })
	];
	return { id, other, engages: ['initiative', 'role'], replies };
}

const tapToHear = t(
	'Touchez une action pour l’entendre. Puis touchez « Je fais cela ».',
	'Tap an action to hear it. Then tap “I do this”.'
);
const noTrick = t(
	'Choisissez ce que vous feriez vraiment, au travail. Il n’y a pas de piège.',
	'Choose what you would really do at work. There is no trick.'
);

const proprete: ScenarioContent = {
	place: 'corridor',
	voice: 'seen',
	consigne: [
		t(
			'Vous faites le ménage dans un immeuble de bureaux. Vous suivez la liste du jour, dans l’ordre.',
			'You clean an office building. You follow today’s list, in order.'
		),
		t(
			'Avant de laver un sol, posez le panneau « Sol mouillé ». Dans chaque poubelle vidée, mettez un sac neuf.',
			'Before washing a floor, put up the “Wet floor” sign. In each bin you empty, put a new bag.'
		),
		t(
			'Cochez chaque ligne finie. Les produits restent sur le chariot, bien fermés.',
			'Tick each line when it is done. Products stay on the trolley, tightly closed.'
		),
		tapToHear,
		noTrick
	],
	practice: [
		{
			who: t('Bureau 4 : vider la poubelle', 'Office 4: empty the bin'),
			other: t('La poubelle du bureau 4 est pleine.', 'The bin in office 4 is full.'),
			replies: [
				{
					text: t(
						'Je vide la poubelle, je mets un sac neuf et je coche la ligne.',
						'I empty the bin, put in a new bag and tick the line.'
					),
					best: true
				},
				{
					text: t(
						'Je vide la poubelle et je passe au bureau 5, sans sac neuf.',
						'I empty the bin and go on to office 5, without a new bag.'
					)
				},
				{
					text: t(
						'Je laisse la poubelle : l’équipe du soir la videra.',
						'I leave the bin: the evening team will empty it.'
					)
				}
			],
			why: t(
				'Vous videz la poubelle, vous mettez un sac neuf et vous cochez la ligne.',
				'You empty the bin, put in a new bag and tick the line.'
			)
		},
		{
			who: t('Couloir A : laver le sol', 'Corridor A: wash the floor'),
			other: t(
				'Votre seau est prêt. Des employés passent dans le couloir A.',
				'Your bucket is ready. Staff walk along corridor A.'
			),
			replies: [
				{
					text: t(
						'Je lave vite le sol, sans panneau, entre deux passages.',
						'I wash the floor quickly, without the sign, between people walking by.'
					)
				},
				{
					text: t(
						'Je pose le panneau « Sol mouillé », puis je lave le sol.',
						'I put up the “Wet floor” sign, then I wash the floor.'
					),
					best: true
				},
				{
					text: t(
						'Je lave d’abord le couloir B, il y a moins de passage.',
						'I wash corridor B first, fewer people walk there.'
					)
				}
			],
			why: t(
				'Le panneau vient avant de laver. Et vous suivez la liste dans l’ordre.',
				'The sign comes before washing. And you follow the list in order.'
			)
		}
	],
	scenes: [
		{
			id: 'vitre-cassee',
			who: t('Hall d’entrée : laver le sol', 'Entrance hall: wash the floor'),
			turns: [
				step(
					'routine',
					t(
						'Le hall est vide. Votre seau est prêt. Les employés arrivent dans une demi-heure.',
						'The hall is empty. Your bucket is ready. Staff arrive in half an hour.'
					),
					{
						best: t(
							'Je pose le panneau « Sol mouillé » à l’entrée, puis je lave le hall.',
							'I put the “Wet floor” sign at the entrance, then I wash the hall.'
						),
						hasty: t(
							'Je lave tout de suite, sans panneau : il n’y a personne dans le hall.',
							'I wash right away, without the sign: there is nobody in the hall.'
						),
						stalling: t(
							'Je retourne d’abord vérifier les bureaux que j’ai déjà faits ce matin.',
							'First I go back to check the offices I already did this morning.'
						),
						off: t(
							'Je laisse le hall pour plus tard et je vais ranger le local ménage.',
							'I leave the hall for later and go and tidy the cleaning room.'
						),
						subtle: [
							t(
								'Je lave le hall, et je pose le panneau dès que j’ai fini.',
								'I wash the hall, and I put up the sign as soon as I have finished.'
							),
							'tache'
						]
					}
				),
				event(
					'incident',
					t(
						'La vitre de la porte d’entrée est cassée. Des morceaux de verre sont par terre.',
						'The glass in the entrance door is broken. Pieces of glass are on the floor.'
					),
					{
						best: t(
							'Je barre le passage avec mon chariot, et j’appelle la sécurité.',
							'I block the way with my trolley, and I call security.'
						),
						overstep: t(
							'J’enlève à la main les morceaux restés dans la porte, pour qu’ils ne tombent pas.',
							'I pull out by hand the pieces left in the door, so that they don’t fall.'
						),
						passive: t(
							'Je laisse tout comme ça, et je le dirai à mon chef à la fin du service.',
							'I leave everything as it is, and I’ll tell my team leader at the end of the shift.'
						),
						ignore: t(
							'Je lave autour des morceaux de verre et je continue ma liste.',
							'I wash around the pieces of glass and carry on with my list.'
						),
						subtle: [
							t(
								'Je balaie vite le verre avec la pelle, puis je finis de laver le hall.',
								'I quickly sweep up the glass with the dustpan, then I finish washing the hall.'
							),
							'initiative'
						]
					}
				),
				step(
					'reprise',
					t(
						'La sécurité s’occupe de la porte. Vous finissez le hall : le sol est lavé, encore mouillé.',
						'Security is dealing with the door. You finish the hall: the floor is washed, still wet.'
					),
					{
						best: t(
							'Je laisse le panneau tant que c’est mouillé, et je coche la ligne.',
							'I leave the sign while it is wet, and I tick the line.'
						),
						hasty: t(
							'Je reprends le panneau, je coche la ligne et je passe à la suivante.',
							'I pick up the sign, tick the line and go on to the next one.'
						),
						stalling: t(
							'Je relave tout le hall une deuxième fois, pour que ce soit parfait.',
							'I wash the whole hall a second time, so that it is perfect.'
						),
						off: t(
							'Je m’assois dans le hall et j’attends que le sol sèche.',
							'I sit down in the hall and wait for the floor to dry.'
						),
						subtle: [
							t(
								'Je laisse le panneau, et je reste à côté pour prévenir les gens.',
								'I leave the sign, and I stay next to it to warn people.'
							),
							'soin'
						]
					}
				),
				event(
					'suite',
					t(
						'Les premiers employés arrivent. L’un d’eux va passer par la porte cassée, près du verre.',
						'The first staff arrive. One of them is about to go through the broken door, near the glass.'
					),
					{
						best: t(
							'Je l’arrête, je barre la porte avec mon chariot et j’appelle la sécurité.',
							'I stop the person, block the door with my trolley and call security.'
						),
						overstep: t(
							'Je bouche le trou de la vitre avec du carton et du gros scotch.',
							'I cover the hole in the glass with cardboard and strong tape.'
						),
						passive: t(
							'J’envoie un message à mon chef, et j’attends sa réponse pour agir.',
							'I send a message to my team leader, and I wait for the answer before I act.'
						),
						ignore: t(
							'Je continue mon travail : les gens voient bien le verre par terre.',
							'I carry on working: people can see the glass on the floor.'
						),
						subtle: [
							t(
								'Je lui montre l’autre porte, puis je balaie le verre et je reprends ma liste.',
								'I show the person the other door, then I sweep up the glass and go back to my list.'
							),
							'initiative'
						]
					}
				)
			]
		},
		{
			id: 'visiteur-perdu',
			who: t('Couloir B : vider les poubelles', 'Corridor B: empty the bins'),
			turns: [
				step(
					'routine',
					t(
						'Dans le bureau B2, la poubelle a juste deux papiers. Le sac a l’air propre.',
						'In office B2, the bin has just two pieces of paper in it. The bag looks clean.'
					),
					{
						best: t(
							'Je vide la poubelle, je mets un sac neuf et je passe au bureau B3.',
							'I empty the bin, put in a new bag and go on to office B3.'
						),
						hasty: t(
							'Je sors les deux papiers, je garde le même sac et je passe au B3.',
							'I take out the two pieces of paper, keep the same bag and go on to B3.'
						),
						stalling: t(
							'Avant de vider, je retourne dans le B1 pour revoir sa poubelle.',
							'Before emptying it, I go back to B1 to check its bin again.'
						),
						off: t(
							'Je laisse le couloir B et je vais d’abord faire les toilettes.',
							'I leave corridor B and go and do the toilets first.'
						),
						subtle: [
							t(
								'Je vide la poubelle et je mets un sac neuf. Je cocherai tout ce soir.',
								'I empty the bin and put in a new bag. I’ll tick everything this evening.'
							),
							'tache'
						]
					}
				),
				event(
					'incident',
					t(
						'Un visiteur vous arrête : « Je cherche la salle Horizon. J’ai une réunion à 9 heures. »',
						'A visitor stops you: “I’m looking for the Horizon room. I have a meeting at 9.”'
					),
					{
						best: t(
							'Je l’accompagne à l’accueil, en bas : ils vont trouver sa salle.',
							'I take him to the reception desk, downstairs: they will find his room.'
						),
						overstep: t(
							'Je lui ouvre les salles avec mon badge, jusqu’à trouver la bonne.',
							'I open the rooms for him with my badge, until we find the right one.'
						),
						passive: t(
							'Je lui dis de demander à quelqu’un d’autre : je ne connais pas les salles.',
							'I tell him to ask someone else: I don’t know the rooms.'
						),
						ignore: t(
							'Je lui fais signe que je ne sais pas, et je continue mes poubelles.',
							'I signal that I don’t know, and I carry on with my bins.'
						),
						subtle: [
							t(
								'Je lui montre l’ascenseur : « C’est dans les étages, vous allez trouver. »',
								'I point to the lift: “It’s upstairs, you’ll find it.”'
							),
							'role'
						]
					}
				),
				step(
					'reprise',
					t(
						'Le visiteur est à sa réunion. Vous revenez à votre chariot : un flacon de produit est resté ouvert.',
						'The visitor is at his meeting. You come back to your trolley: a bottle of product was left open.'
					),
					{
						best: t(
							'Je referme le flacon sur le chariot, puis je finis les poubelles.',
							'I close the bottle on the trolley, then I finish the bins.'
						),
						hasty: t(
							'Je finis vite les poubelles, et je fermerai le flacon après.',
							'I quickly finish the bins, and I’ll close the bottle afterwards.'
						),
						stalling: t(
							'Je sors tous les produits du chariot et je les range à nouveau.',
							'I take all the products off the trolley and put them back again.'
						),
						off: t(
							'Je laisse le chariot et je vais voir si le visiteur a besoin de moi.',
							'I leave the trolley and go and see if the visitor needs me.'
						),
						subtle: [
							t(
								'Je ferme le flacon et je le pose sur le bureau B3, pour l’avoir sous la main.',
								'I close the bottle and put it on the desk in B3, to have it to hand.'
							),
							'tache'
						]
					}
				),
				event(
					'suite',
					t(
						'Dix minutes après, le visiteur est toujours là. Il ouvre les portes des bureaux, une par une.',
						'Ten minutes later, the visitor is still there. He is opening the office doors, one by one.'
					),
					{
						best: t(
							'Je vais vers lui et je l’emmène à l’accueil, pour qu’on l’aide.',
							'I go up to him and take him to reception, so that they can help him.'
						),
						overstep: t(
							'Je lui dis de sortir tout de suite : il n’a rien à faire dans les bureaux.',
							'I tell him to leave right away: he has no business in the offices.'
						),
						passive: t(
							'Je le laisse faire : l’accueil va bien finir par le voir.',
							'I let him be: reception will notice him sooner or later.'
						),
						ignore: t(
							'Je passe à côté de lui et je vide la poubelle suivante.',
							'I walk past him and empty the next bin.'
						),
						subtle: [
							t(
								'Je le fais entrer dans un bureau vide : il peut attendre là, au calme.',
								'I let him into an empty office: he can wait there, in peace.'
							),
							'initiative'
						]
					}
				)
			]
		},
		{
			id: 'prise-fumee',
			who: t('Bureau 12 : dépoussiérer les tables', 'Office 12: dust the desks'),
			turns: [
				step(
					'routine',
					t(
						'Le bureau 12 est vide. Pour les tables, vous prenez le spray sur le chariot.',
						'Office 12 is empty. For the desks, you take the spray from the trolley.'
					),
					{
						best: t(
							'Je mets du produit sur le chiffon, puis je referme le spray sur le chariot.',
							'I put some product on the cloth, then I close the spray and put it back on the trolley.'
						),
						hasty: t(
							'Je pose le spray ouvert sur une table, et je fais vite toutes les tables.',
							'I put the open spray on a desk, and I do all the desks quickly.'
						),
						stalling: t(
							'Je range d’abord tous les produits du chariot, par couleur.',
							'First I sort all the products on the trolley, by colour.'
						),
						off: t(
							'Je laisse le bureau 12 et je fais le 14 : sa porte est ouverte.',
							'I leave office 12 and do 14: its door is open.'
						),
						subtle: [
							t(
								'Je mets du produit sur le chiffon, et je garde le spray ouvert sur le chariot.',
								'I put some product on the cloth, and I keep the spray open on the trolley.'
							),
							'tache'
						]
					}
				),
				event(
					'incident',
					t(
						'Il y a une odeur de brûlé. Sous une table, une prise fait de la fumée.',
						'There is a smell of burning. Under a desk, a socket is smoking.'
					),
					{
						best: t(
							'Je ne touche pas à la prise : je ferme la porte et j’appelle la sécurité.',
							'I don’t touch the socket: I close the door and call security.'
						),
						overstep: t(
							'J’ouvre la prise avec un tournevis, pour voir ce qui brûle dedans.',
							'I open the socket with a screwdriver, to see what is burning inside.'
						),
						passive: t(
							'Je sors du bureau, et j’attends qu’un employé arrive pour le lui dire.',
							'I leave the office, and I wait for a member of staff to arrive to tell them.'
						),
						ignore: t(
							'Je finis vite les tables et je sors : l’odeur est trop forte.',
							'I quickly finish the desks and leave: the smell is too strong.'
						),
						subtle: [
							t(
								'Je débranche vite les fils de la prise, puis j’appelle la sécurité.',
								'I quickly unplug the leads from the socket, then I call security.'
							),
							'initiative'
						]
					}
				),
				step(
					'reprise',
					t(
						'La sécurité a coupé le courant du bureau. Vous reprenez : les tables sont faites, la poubelle est pleine.',
						'Security has cut the power to the office. You carry on: the desks are done, the bin is full.'
					),
					{
						best: t(
							'Je vide la poubelle, je mets un sac neuf, puis je coche le bureau 12.',
							'I empty the bin, put in a new bag, then I tick office 12.'
						),
						hasty: t(
							'Je vide la poubelle et je coche : je mettrai les sacs plus tard.',
							'I empty the bin and tick: I’ll put the bags in later.'
						),
						stalling: t(
							'Je refais toutes les tables : la fumée a pu les salir.',
							'I do all the desks again: the smoke may have made them dirty.'
						),
						off: t(
							'Je laisse le bureau et je vais raconter aux collègues ce qui s’est passé.',
							'I leave the office and go and tell my colleagues what happened.'
						),
						subtle: [
							t(
								'Je vide la poubelle, je mets un sac neuf et j’attends l’accord de la sécurité.',
								'I empty the bin, put in a new bag and wait for security to say I can go on.'
							),
							'soin'
						]
					}
				),
				event(
					'suite',
					t(
						'Quelques minutes après, de la fumée sort du bureau 12. Il y a une petite flamme.',
						'A few minutes later, smoke is coming out of office 12. There is a small flame.'
					),
					{
						best: t(
							'Je ferme la porte, j’appuie sur l’alarme incendie et j’appelle la sécurité.',
							'I close the door, press the fire alarm and call security.'
						),
						overstep: t(
							'Je jette l’eau de mon seau sur la prise, pour éteindre vite la petite flamme.',
							'I throw the water from my bucket on the socket, to put out the small flame quickly.'
						),
						passive: t(
							'Je sors du bâtiment et j’attends que quelqu’un appelle les pompiers.',
							'I leave the building and wait for someone to call the fire brigade.'
						),
						ignore: t(
							'Je vais faire les bureaux de l’autre côté, loin de la fumée.',
							'I go and do the offices on the other side, away from the smoke.'
						),
						subtle: [
							t(
								'Je cherche mon chef dans les étages, pour qu’il décide ce qu’il faut faire.',
								'I look for my team leader on the other floors, so that he decides what must be done.'
							),
							'role'
						]
					}
				)
			]
		},
		{
			id: 'fuite-toilettes',
			who: t(
				'Toilettes du 2e étage : nettoyer les lavabos',
				'Second-floor toilets: clean the sinks'
			),
			turns: [
				step(
					'routine',
					t(
						'Les lavabos sont sales. Sous le sèche-mains, la poubelle à papier est pleine.',
						'The sinks are dirty. Under the hand dryer, the paper bin is full.'
					),
					{
						best: t(
							'Je vide la poubelle, je mets un sac neuf, puis je lave les lavabos.',
							'I empty the bin, put in a new bag, then I wash the sinks.'
						),
						hasty: t(
							'Je lave les lavabos, et je tasse les papiers pour faire de la place.',
							'I wash the sinks, and I press the paper down to make room.'
						),
						stalling: t(
							'Je lave d’abord les miroirs et les murs, même s’ils sont propres.',
							'First I wash the mirrors and the walls, even though they are clean.'
						),
						off: t(
							'Je laisse les toilettes pour la fin et je monte au 3e étage.',
							'I leave the toilets for the end and go up to the third floor.'
						),
						subtle: [
							t(
								'Je lave les lavabos. La poubelle, je la laisse : elle n’est pas sur ma ligne.',
								'I wash the sinks. The bin, I leave it: it isn’t on my line.'
							),
							'tache'
						]
					}
				),
				event(
					'incident',
					t(
						'Sous un lavabo, un tuyau fuit. L’eau coule et le sol est déjà mouillé.',
						'Under a sink, a pipe is leaking. Water is running and the floor is already wet.'
					),
					{
						best: t(
							'Je pose le panneau, un seau sous la fuite, et j’appelle mon chef.',
							'I put up the sign, a bucket under the leak, and I call my team leader.'
						),
						overstep: t(
							'Je prends une pince dans la boîte à outils et je resserre le tuyau moi-même.',
							'I take some pliers from the toolbox and tighten the pipe myself.'
						),
						passive: t(
							'La plomberie, ce n’est pas mon travail. Je le dirai à mon chef ce soir.',
							'Plumbing is not my job. I’ll tell my team leader this evening.'
						),
						ignore: t(
							'Je finis les lavabos en faisant attention à ne pas glisser.',
							'I finish the sinks, taking care not to slip.'
						),
						subtle: [
							t(
								'Je mets un seau sous la fuite, et je reprends mes lavabos.',
								'I put a bucket under the leak, and I go back to my sinks.'
							),
							'initiative'
						]
					}
				),
				step(
					'reprise',
					t(
						'Le plombier a réparé la fuite. Le sol des toilettes est sale et mouillé.',
						'The plumber has fixed the leak. The toilet floor is dirty and wet.'
					),
					{
						best: t(
							'Je pose le panneau « Sol mouillé », puis je lave le sol.',
							'I put up the “Wet floor” sign, then I wash the floor.'
						),
						hasty: t(
							'Le sol est déjà mouillé : je le lave vite, sans panneau.',
							'The floor is already wet: I wash it quickly, without the sign.'
						),
						stalling: t(
							'Je vais chercher mon chef, pour savoir si je dois laver ce sol.',
							'I go and find my team leader, to know if I should wash this floor.'
						),
						off: t(
							'Je laisse le sol comme ça : c’est le plombier qui l’a sali.',
							'I leave the floor like that: it’s the plumber who made it dirty.'
						),
						subtle: [
							t(
								'Je pose le panneau, et j’attends que le sol sèche un peu avant de laver.',
								'I put up the sign, and I wait for the floor to dry a little before washing.'
							),
							'soin'
						]
					}
				),
				event(
					'suite',
					t(
						'Vingt minutes après, l’eau sort des toilettes. Un employé entre et glisse presque.',
						'Twenty minutes later, water is flowing out of the toilets. A member of staff walks in and nearly slips.'
					),
					{
						best: t(
							'Je pose le panneau à l’entrée, je ferme la porte et j’appelle mon chef.',
							'I put the sign at the entrance, close the door and call my team leader.'
						),
						overstep: t(
							'Je vais couper l’eau de tout l’étage, dans le local technique.',
							'I go and turn off the water for the whole floor, in the plant room.'
						),
						passive: t(
							'Je demande à l’employé de prévenir quelqu’un : moi, je n’ai pas le droit.',
							'I ask the member of staff to tell someone: I’m not allowed to.'
						),
						ignore: t(
							'Je laisse les toilettes et je passe à la ligne suivante de ma liste.',
							'I leave the toilets and go on to the next line of my list.'
						),
						subtle: [
							t(
								'Je dis à l’employé de faire attention, et je vais chercher mon chef.',
								'I tell the member of staff to be careful, and I go and find my team leader.'
							),
							'role'
						]
					}
				)
			]
		},
		{
			id: 'malaise-escalier',
			who: t('Escalier C : balayer et laver les marches', 'Staircase C: sweep and wash the steps'),
			turns: [
				step(
					'routine',
					t(
						'Le chariot ne monte pas dans l’escalier. Il reste en bas, dans le couloir.',
						'The trolley can’t go up the stairs. It stays downstairs, in the corridor.'
					),
					{
						best: t(
							'Je ferme bien les produits du chariot, puis je monte avec le balai.',
							'I close the products on the trolley tightly, then I go up with the broom.'
						),
						hasty: t(
							'Je monte vite avec le balai. Les produits restent ouverts, en bas.',
							'I go up quickly with the broom. The products stay open, downstairs.'
						),
						stalling: t(
							'Je nettoie d’abord les roues du chariot : elles sont sales.',
							'First I clean the wheels of the trolley: they are dirty.'
						),
						off: t(
							'Je laisse l’escalier C et je prends l’ascenseur pour l’étage suivant.',
							'I leave staircase C and take the lift to the next floor.'
						),
						subtle: [
							t(
								'Je ferme les produits, et j’attends qu’un collègue vienne garder le chariot.',
								'I close the products, and I wait for a colleague to come and watch the trolley.'
							),
							'soin'
						]
					}
				),
				event(
					'incident',
					t(
						'Sur une marche, une personne est assise. Elle vous dit : « Je ne me sens pas bien. »',
						'Someone is sitting on a step. They tell you: “I don’t feel well.”'
					),
					{
						best: t(
							'Je la fais rester assise, je reste là et j’appelle le secouriste.',
							'I keep the person seated, I stay there and I call the first-aider.'
						),
						overstep: t(
							'Je lui donne un cachet que j’ai dans mon sac, avec un verre d’eau.',
							'I give the person a pill I have in my bag, with a glass of water.'
						),
						passive: t(
							'Je lui dis d’aller voir l’accueil, au rez-de-chaussée : ils vont l’aider.',
							'I tell the person to go to reception, on the ground floor: they will help.'
						),
						ignore: t(
							'Je lui dis bonjour, et je balaie les marches autour d’elle.',
							'I say hello, and I sweep the steps around the person.'
						),
						subtle: [
							t(
								'Je l’aide à se lever, et je l’accompagne à pied jusqu’à l’accueil.',
								'I help the person up, and I walk them down to reception.'
							),
							'initiative'
						]
					}
				),
				step(
					'reprise',
					t(
						'La personne est partie avec le secouriste. Vous avez balayé. Il faut laver les marches.',
						'The person has left with the first-aider. You have swept. The steps need washing.'
					),
					{
						best: t(
							'Je pose un panneau en haut et un en bas, puis je lave les marches.',
							'I put a sign at the top and one at the bottom, then I wash the steps.'
						),
						hasty: t(
							'Je lave vite les marches : à cette heure, personne ne passe dans l’escalier.',
							'I wash the steps quickly: nobody uses the stairs at this time.'
						),
						stalling: t(
							'Je rebalaie toutes les marches une deuxième fois, au cas où.',
							'I sweep all the steps a second time, just in case.'
						),
						off: t(
							'Je range le balai, et je vais faire une pause avant de laver.',
							'I put the broom away, and I take a break before washing.'
						),
						subtle: [
							t(
								'Je pose le panneau en bas, là où les gens arrivent, puis je lave.',
								'I put the sign at the bottom, where people come in, then I wash.'
							),
							'tache'
						]
					}
				),
				event(
					'suite',
					t(
						'Un peu plus tard, vous repassez. La personne est allongée sur le palier. Elle répond à peine.',
						'A little later, you come back. The person is lying on the landing. They barely answer.'
					),
					{
						best: t(
							'Je reste près d’elle et j’appelle les secours, puis l’accueil.',
							'I stay with the person and call the emergency services, then reception.'
						),
						overstep: t(
							'Je la relève et je l’assois sur une chaise, pour qu’elle respire mieux.',
							'I lift the person up and sit them on a chair, so that they breathe better.'
						),
						passive: t(
							'Je vais chercher quelqu’un dans les bureaux, pour qu’il s’en occupe.',
							'I go and find someone in the offices, to take care of it.'
						),
						ignore: t(
							'Je ne la dérange pas : elle se repose. Je finis l’escalier.',
							'I don’t disturb the person: they are resting. I finish the stairs.'
						),
						subtle: [
							t(
								'J’envoie un message à mon chef, pour qu’il appelle les secours.',
								'I send my team leader a message, so that he calls the emergency services.'
							),
							'role'
						]
					}
				)
			]
		}
	]
};

const logistique: ScenarioContent = {
	place: 'warehouse',
	voice: 'seen',
	consigne: [
		t(
			'Vous travaillez dans un entrepôt. Vous préparez des commandes et vous rangez le stock, avec une liste.',
			'You work in a warehouse. You prepare orders and put stock away, from a list.'
		),
		t(
			'Lisez le code de l’emplacement. Prenez la quantité de la liste. Scannez chaque ligne.',
			'Read the location code. Take the quantity on the list. Scan each line.'
		),
		t(
			'Rangez le nouveau stock derrière l’ancien. Les cartons vides vont dans le bac à carton.',
			'Put new stock behind the old. Empty cartons go in the cardboard bin.'
		),
		tapToHear,
		noTrick
	],
	practice: [
		{
			who: t('Allée 3 : 4 cartons de riz', 'Aisle 3: 4 cartons of rice'),
			other: t(
				'À l’emplacement 3-B, il y a 10 cartons de riz.',
				'At location 3-B, there are 10 cartons of rice.'
			),
			replies: [
				{
					text: t(
						'Je prends 4 cartons et je scanne la ligne.',
						'I take 4 cartons and scan the line.'
					),
					best: true
				},
				{
					text: t(
						'Je prends les 10 cartons : la place sera libre.',
						'I take all 10 cartons: the space will be free.'
					)
				},
				{
					text: t(
						'Je prends 4 cartons, et je scannerai tout ce soir.',
						'I take 4 cartons, and I’ll scan everything this evening.'
					)
				}
			],
			why: t(
				'Vous prenez la quantité de la liste, et vous scannez la ligne tout de suite.',
				'You take the quantity on the list, and you scan the line right away.'
			)
		},
		{
			who: t('Allée 8 : ranger 6 paquets de café', 'Aisle 8: put away 6 packs of coffee'),
			other: t(
				'Sur l’étagère, il reste 3 anciens paquets de café.',
				'On the shelf, there are 3 old packs of coffee left.'
			),
			replies: [
				{
					text: t(
						'Je mets les nouveaux paquets devant les anciens.',
						'I put the new packs in front of the old ones.'
					)
				},
				{
					text: t(
						'Je mets les nouveaux derrière, et les anciens devant.',
						'I put the new ones behind, and the old ones in front.'
					),
					best: true
				},
				{
					text: t(
						'Je mets les anciens sur mon chariot, pour faire de la place.',
						'I put the old ones on my trolley, to make room.'
					)
				}
			],
			why: t(
				'Les anciens paquets partent en premier : le nouveau stock va derrière.',
				'The old packs go first: new stock goes behind.'
			)
		}
	],
	scenes: [
		{
			id: 'lait-absent',
			who: t('Allée 12 : 6 cartons de lait', 'Aisle 12: 6 cartons of milk'),
			turns: [
				step(
					'routine',
					t(
						'Vous arrivez dans l’allée 12. Sur votre chariot, il reste 3 cartons vides de la ligne d’avant.',
						'You arrive in aisle 12. On your trolley, there are still 3 empty cartons from the last line.'
					),
					{
						best: t(
							'Je mets les cartons vides au bac à carton, puis je cherche le lait.',
							'I put the empty cartons in the cardboard bin, then I look for the milk.'
						),
						hasty: t(
							'Je pose les cartons vides au bout de l’allée, et je cherche le lait.',
							'I leave the empty cartons at the end of the aisle, and I look for the milk.'
						),
						stalling: t(
							'Au bac à carton, je plie aussi tous les cartons des collègues.',
							'At the cardboard bin, I also fold all my colleagues’ cartons.'
						),
						off: t(
							'Je laisse mon chariot ici, et je vais voir au quai s’il y a du travail.',
							'I leave my trolley here, and I go to the dock to see if there is work.'
						),
						subtle: [
							t(
								'Je glisse les cartons vides sous le chariot, je les jetterai à la fin.',
								'I slide the empty cartons under the trolley, I’ll throw them out at the end.'
							),
							'tache'
						]
					}
				),
				event(
					'incident',
					t(
						'À l’emplacement 12-B, il n’y a plus de lait. La commande doit partir à 11 heures.',
						'At location 12-B, there is no milk left. The order must leave at 11.'
					),
					{
						best: t(
							'Je note qu’il manque le lait, et je préviens tout de suite mon chef.',
							'I note that the milk is missing, and I tell my team leader right away.'
						),
						overstep: t(
							'Je prends 6 cartons de lait d’une autre marque : ça dépannera.',
							'I take 6 cartons of another brand of milk: that will do.'
						),
						passive: t(
							'J’attends ici : quelqu’un de la réserve va sûrement venir remplir.',
							'I wait here: someone from the stockroom will surely come and fill it.'
						),
						ignore: t(
							'Je saute la ligne du lait sans rien dire, et je passe à la suivante.',
							'I skip the milk line without saying anything, and go on to the next one.'
						),
						subtle: [
							t(
								'Je finis toute la commande, puis je dirai au chef qu’il manque le lait.',
								'I finish the whole order, then I’ll tell my team leader the milk is missing.'
							),
							'role'
						]
					}
				),
				step(
					'reprise',
					t(
						'Votre chef a trouvé du lait dans la réserve. Il pose une palette de 10 cartons en 12-B.',
						'Your team leader found milk in the stockroom. He puts a pallet of 10 cartons at 12-B.'
					),
					{
						best: t(
							'Je prends 6 cartons, et je scanne la ligne du lait.',
							'I take 6 cartons, and I scan the milk line.'
						),
						hasty: t(
							'Je prends 6 cartons, et je repars vite sans scanner.',
							'I take 6 cartons, and I hurry off without scanning.'
						),
						stalling: t(
							'Je recompte les 10 cartons de la palette avant de prendre les miens.',
							'I count the 10 cartons on the pallet again before taking mine.'
						),
						off: t(
							'Je laisse le lait au chef, et je vais aider à charger le camion.',
							'I leave the milk to my team leader, and I go and help load the lorry.'
						),
						subtle: [
							t(
								'Je prends 7 cartons et je scanne : un de plus, au cas où.',
								'I take 7 cartons and scan: one extra, just in case.'
							),
							'tache'
						]
					}
				),
				event(
					'suite',
					t(
						'Il est 10 h 55. Le camion attend au quai. Votre commande est prête, sans le lait.',
						'It is 10:55. The lorry is waiting at the dock. Your order is ready, without the milk.'
					),
					{
						best: t(
							'Je vais voir mon chef avant le départ : il manque le lait, il décide.',
							'I go and see my team leader before it leaves: the milk is missing, he decides.'
						),
						overstep: t(
							'Je prends 6 cartons de lait sur la commande d’à côté : elle part demain.',
							'I take 6 cartons of milk from the order next to mine: it leaves tomorrow.'
						),
						passive: t(
							'J’attends que le chef vienne me demander si la commande est complète.',
							'I wait for my team leader to come and ask me if the order is complete.'
						),
						ignore: t(
							'Je pose la commande au quai, et je prends la liste suivante.',
							'I leave the order at the dock, and I take the next list.'
						),
						subtle: [
							t(
								'Je dis au chauffeur qu’il manque le lait, pour qu’il prévienne le client.',
								'I tell the driver the milk is missing, so that he tells the customer.'
							),
							'initiative'
						]
					}
				)
			]
		},
		{
			id: 'palette-penchee',
			who: t('Allée 7 : ranger 8 cartons de pâtes', 'Aisle 7: put away 8 cartons of pasta'),
			turns: [
				step(
					'routine',
					t(
						'En 7-C, il reste 3 anciens cartons de pâtes. Vous avez 8 cartons neufs à ranger.',
						'At 7-C, there are 3 old cartons of pasta left. You have 8 new cartons to put away.'
					),
					{
						best: t(
							'Je mets les 8 neufs au fond, et je laisse les 3 anciens devant.',
							'I put the 8 new ones at the back, and I leave the 3 old ones in front.'
						),
						hasty: t(
							'Je pose les 8 neufs devant les anciens : c’est plus rapide.',
							'I put the 8 new ones in front of the old ones: it’s quicker.'
						),
						stalling: t(
							'Je vérifie d’abord les dates de tous les cartons de l’allée.',
							'First I check the dates on all the cartons in the aisle.'
						),
						off: t(
							'Je laisse les cartons au bout de l’allée : quelqu’un les rangera.',
							'I leave the cartons at the end of the aisle: someone will put them away.'
						),
						subtle: [
							t(
								'Je range les neufs à côté des anciens : on voit mieux ce qui reste.',
								'I put the new ones next to the old ones: it’s easier to see what’s left.'
							),
							'tache'
						]
					}
				),
				event(
					'incident',
					t(
						'Au-dessus de vous, une palette penche au bord du rack. Un carton glisse déjà.',
						'Above you, a pallet is leaning over the edge of the rack. A carton is already slipping.'
					),
					{
						best: t(
							'Je barre l’allée avec mon chariot, et j’appelle mon chef.',
							'I block the aisle with my trolley, and I call my team leader.'
						),
						overstep: t(
							'Je monte sur le rack pour repousser la palette à sa place.',
							'I climb the rack to push the pallet back into place.'
						),
						passive: t(
							'Je m’éloigne de l’allée, et j’attends qu’un collègue passe par là.',
							'I move away from the aisle, and I wait for a colleague to come by.'
						),
						ignore: t(
							'Je range vite mes pâtes, en restant loin de la palette, et je sors.',
							'I quickly put my pasta away, keeping clear of the pallet, and I leave.'
						),
						subtle: [
							t(
								'Je retiens le carton qui glisse, et je crie pour qu’un collègue vienne.',
								'I hold back the slipping carton, and I shout for a colleague to come.'
							),
							'initiative'
						]
					}
				),
				step(
					'reprise',
					t(
						'Le chef a fait remettre la palette droite. Vos pâtes sont rangées. Sur le chariot, il reste 2 cartons vides.',
						'Your team leader had the pallet put straight. Your pasta is put away. On the trolley, there are 2 empty cartons.'
					),
					{
						best: t(
							'Je mets les 2 cartons vides au bac à carton, puis je scanne la ligne.',
							'I put the 2 empty cartons in the cardboard bin, then I scan the line.'
						),
						hasty: t(
							'Je scanne la ligne, et je laisse les cartons vides dans le rack.',
							'I scan the line, and I leave the empty cartons in the rack.'
						),
						stalling: t(
							'Je range à nouveau tous les cartons de pâtes, un par un.',
							'I arrange all the cartons of pasta again, one by one.'
						),
						off: t(
							'Je laisse le chariot dans l’allée, et je vais faire ma pause.',
							'I leave the trolley in the aisle, and I go on my break.'
						),
						subtle: [
							t(
								'Je scanne la ligne, et je plie les cartons vides pour les garder sur le chariot.',
								'I scan the line, and I fold the empty cartons to keep them on the trolley.'
							),
							'tache'
						]
					}
				),
				event(
					'suite',
					t(
						'Un collègue entre dans l’allée avec un transpalette. Il va passer sous la palette.',
						'A colleague comes into the aisle with a pallet truck. He is about to go under the pallet.'
					),
					{
						best: t(
							'Je l’arrête, je bloque l’entrée de l’allée et je préviens le chef.',
							'I stop him, block the way into the aisle and tell my team leader.'
						),
						overstep: t(
							'Je lui demande de m’aider à redresser la palette à la main.',
							'I ask him to help me straighten the pallet by hand.'
						),
						passive: t(
							'Je le laisse passer, puis j’irai dire au chef que la palette penche.',
							'I let him through, then I’ll go and tell my team leader the pallet is leaning.'
						),
						ignore: t(
							'Je le laisse passer : il voit bien la palette, lui aussi.',
							'I let him through: he can see the pallet too.'
						),
						subtle: [
							t(
								'Je lui dis de passer vite dessous, et je vais chercher le chef.',
								'I tell him to get past underneath quickly, and I go and get my team leader.'
							),
							'role'
						]
					}
				)
			]
		},
		{
			id: 'huile-renversee',
			who: t('Allée 3 : ranger 6 cartons d’huile', 'Aisle 3: put away 6 cartons of oil'),
			turns: [
				step(
					'routine',
					t(
						'L’étiquette dit : emplacement 3-B. Mais en 3-A, juste à côté, il y a plus de place.',
						'The label says: location 3-B. But at 3-A, just next to it, there is more room.'
					),
					{
						best: t(
							'Je range les cartons en 3-B, l’emplacement écrit sur l’étiquette.',
							'I put the cartons at 3-B, the location written on the label.'
						),
						hasty: t(
							'Je les mets en 3-A : il y a de la place, et c’est à côté.',
							'I put them at 3-A: there is room, and it’s right next door.'
						),
						stalling: t(
							'Je vais demander au chef si je peux les mettre en 3-A.',
							'I go and ask my team leader if I can put them at 3-A.'
						),
						off: t(
							'Je laisse les cartons sur le chariot, et je passe à la ligne suivante.',
							'I leave the cartons on the trolley, and I go on to the next line.'
						),
						subtle: [
							t(
								'Je range 4 cartons en 3-B, et les 2 qui ne rentrent pas en 3-A.',
								'I put 4 cartons at 3-B, and the 2 that don’t fit at 3-A.'
							),
							'tache'
						]
					}
				),
				event(
					'incident',
					t(
						'Sur l’étagère du bas, un carton d’huile est percé. L’huile coule dans l’allée.',
						'On the bottom shelf, a carton of oil has split. Oil is running into the aisle.'
					),
					{
						best: t(
							'Je mets un panneau devant la flaque, et je préviens mon chef.',
							'I put a sign in front of the puddle, and I tell my team leader.'
						),
						overstep: t(
							'Je jette le carton percé à la poubelle, et j’essuie sans rien dire.',
							'I throw the split carton in the bin, and I wipe up without telling anyone.'
						),
						passive: t(
							'Je fais le tour de la flaque, et je le dirai au chef plus tard.',
							'I walk round the puddle, and I’ll tell my team leader later.'
						),
						ignore: t(
							'Je range mes cartons en passant par-dessus la flaque.',
							'I put my cartons away, stepping over the puddle.'
						),
						subtle: [
							t(
								'J’essuie la flaque avec du papier, et je remets le carton bien droit.',
								'I wipe up the puddle with paper, and I stand the carton up straight.'
							),
							'initiative'
						]
					}
				),
				step(
					'reprise',
					t(
						'L’huile est nettoyée. En 3-B, il reste 2 anciens cartons. Vous rangez vos 6 cartons.',
						'The oil is cleaned up. At 3-B, there are 2 old cartons left. You put your 6 cartons away.'
					),
					{
						best: t(
							'Je mets mes 6 cartons au fond, et je remets les 2 anciens devant.',
							'I put my 6 cartons at the back, and I put the 2 old ones back in front.'
						),
						hasty: t(
							'Je pose mes cartons devant : les anciens sont déjà au fond.',
							'I put my cartons in front: the old ones are already at the back.'
						),
						stalling: t(
							'Je sors les 2 anciens pour les essuyer, puis je nettoie tout le rack.',
							'I take out the 2 old ones to wipe them, then I clean the whole rack.'
						),
						off: t(
							'Je laisse les cartons sur le chariot, et je vais boire un café.',
							'I leave the cartons on the trolley, and I go for a coffee.'
						),
						subtle: [
							t(
								'Je mets mes cartons derrière les anciens, et je scannerai à la fin de ma liste.',
								'I put my cartons behind the old ones, and I’ll scan at the end of my list.'
							),
							'tache'
						]
					}
				),
				event(
					'suite',
					t(
						'Un collègue arrive vite dans l’allée, en chariot élévateur. Ses roues vont passer dans l’huile.',
						'A colleague is driving fast into the aisle on a forklift. His wheels are about to go through the oil.'
					),
					{
						best: t(
							'Je l’arrête d’un signe, je mets un panneau et j’appelle le chef.',
							'I wave him to a stop, I put up a sign and I call my team leader.'
						),
						overstep: t(
							'Je jette vite des cartons sur l’huile, pour qu’il puisse rouler dessus.',
							'I quickly throw some cartons on the oil, so that he can drive over it.'
						),
						passive: t(
							'Je me pousse, et j’attends que le chef voie la flaque lui-même.',
							'I step aside, and I wait for my team leader to see the puddle himself.'
						),
						ignore: t(
							'Je me pousse pour le laisser passer, et je reprends ma liste.',
							'I step aside to let him through, and I go back to my list.'
						),
						subtle: [
							t(
								'Je lui crie d’aller prévenir le chef, et je retourne à mes cartons.',
								'I shout to him to go and tell the team leader, and I go back to my cartons.'
							),
							'role'
						]
					}
				)
			]
		},
		{
			id: 'transpalette-frein',
			who: t('Allée 9 : 1 palette de farine', 'Aisle 9: 1 pallet of flour'),
			turns: [
				step(
					'routine',
					t(
						'La palette de farine est sur votre transpalette. Votre scanner est resté au bout de l’allée.',
						'The pallet of flour is on your pallet truck. Your scanner is at the end of the aisle.'
					),
					{
						best: t(
							'Je vais chercher le scanner, et je scanne la ligne avant de partir.',
							'I go and get the scanner, and I scan the line before I leave.'
						),
						hasty: t(
							'Je pars avec la palette, et je scannerai la ligne plus tard.',
							'I leave with the pallet, and I’ll scan the line later.'
						),
						stalling: t(
							'Je redescends la palette, et je recompte chaque sac un par un.',
							'I lower the pallet, and I count each bag again, one by one.'
						),
						off: t(
							'Je laisse la palette au milieu de l’allée, et je vais aider au quai.',
							'I leave the pallet in the middle of the aisle, and I go and help at the dock.'
						),
						subtle: [
							t(
								'Je reste avec la palette, et j’appelle un collègue pour qu’il m’apporte le scanner.',
								'I stay with the pallet, and I call a colleague to bring me the scanner.'
							),
							'soin'
						]
					}
				),
				event(
					'incident',
					t(
						'Vous partez avec la palette. Le transpalette roule, mais le frein ne marche plus.',
						'You set off with the pallet. The pallet truck moves, but the brake no longer works.'
					),
					{
						best: t(
							'Je l’arrête, je mets un mot « En panne » et je préviens le chef.',
							'I stop it, put an “Out of order” note on it and tell my team leader.'
						),
						overstep: t(
							'J’ouvre le capot pour regarder le frein : je sais un peu bricoler.',
							'I open the cover to look at the brake: I’m quite handy.'
						),
						passive: t(
							'Je finis ce trajet doucement, et je le dirai au chef à la fin.',
							'I finish this trip slowly, and I’ll tell my team leader at the end.'
						),
						ignore: t(
							'Je continue, en roulant plus doucement que d’habitude.',
							'I carry on, driving more slowly than usual.'
						),
						subtle: [
							t(
								'Je le gare au bout de l’allée, et je prends un autre transpalette.',
								'I park it at the end of the aisle, and I take another pallet truck.'
							),
							'initiative'
						]
					}
				),
				step(
					'reprise',
					t(
						'Le transpalette en panne est mis de côté. Votre liste dit : quai 3. Le quai 2 est plus près.',
						'The broken pallet truck has been put aside. Your list says: dock 3. Dock 2 is closer.'
					),
					{
						best: t(
							'Je suis la liste, et je pose la palette au quai 3.',
							'I follow the list, and I put the pallet at dock 3.'
						),
						hasty: t(
							'Je la pose au quai 2 : c’est plus près, et le camion n’est pas là.',
							'I put it at dock 2: it’s closer, and the lorry isn’t there.'
						),
						stalling: t(
							'Je vais demander au chef si le quai 2 irait aussi.',
							'I go and ask my team leader if dock 2 would do too.'
						),
						off: t(
							'Je laisse la palette dans l’allée, et je vais voir le transpalette en panne.',
							'I leave the pallet in the aisle, and I go and look at the broken pallet truck.'
						),
						subtle: [
							t(
								'Je pose la palette au quai 2, et j’écris « quai 3 » dessus.',
								'I put the pallet at dock 2, and I write “dock 3” on it.'
							),
							'tache'
						]
					}
				),
				event(
					'suite',
					t(
						'Au quai, un collègue veut prendre le transpalette pour charger un camion.',
						'At the dock, a colleague wants to take the pallet truck to load a lorry.'
					),
					{
						best: t(
							'Je l’arrête : plus de frein. Je mets un mot dessus et j’appelle le chef.',
							'I stop him: no brake. I put a note on it and call my team leader.'
						),
						overstep: t(
							'Je lui demande de m’aider à démonter le frein, pour le réparer.',
							'I ask him to help me take the brake apart, to fix it.'
						),
						passive: t(
							'Je le laisse le prendre : c’est au chef de vérifier le matériel.',
							'I let him take it: checking the equipment is the team leader’s job.'
						),
						ignore: t(
							'Je ne dis rien, et je vais prendre un autre transpalette au fond du quai.',
							'I say nothing, and I go and take another pallet truck at the back of the dock.'
						),
						subtle: [
							t(
								'Je lui dis d’aller demander au chef si le frein a bien été réparé.',
								'I tell him to go and ask the team leader if the brake has been fixed.'
							),
							'role'
						]
					}
				)
			]
		},
		{
			id: 'coupure-main',
			who: t('Allée 5 : ranger 10 cartons de conserves', 'Aisle 5: put away 10 cartons of tins'),
			turns: [
				step(
					'routine',
					t(
						'Vous sortez les boîtes des cartons pour les ranger. Les cartons vides s’entassent autour de vous.',
						'You take the tins out of the cartons to put them away. Empty cartons are piling up around you.'
					),
					{
						best: t(
							'Je plie les cartons vides, je les mets au bac, et je continue.',
							'I fold the empty cartons, put them in the bin, and carry on.'
						),
						hasty: t(
							'Je pousse les cartons vides sous l’étagère, et je continue.',
							'I push the empty cartons under the shelf, and carry on.'
						),
						stalling: t(
							'Je nettoie toute l’étagère avant de poser une seule boîte.',
							'I clean the whole shelf before putting down a single tin.'
						),
						off: t(
							'Je laisse tout là, et je vais voir si le camion est arrivé.',
							'I leave everything there, and I go and see if the lorry has arrived.'
						),
						subtle: [
							t(
								'Je jette les cartons vides dans la poubelle de l’allée : c’est plus près.',
								'I throw the empty cartons in the aisle’s rubbish bin: it’s closer.'
							),
							'tache'
						]
					}
				),
				event(
					'incident',
					t(
						'À côté de vous, une collègue s’est coupé la main avec son cutter. Ça saigne beaucoup.',
						'Next to you, a colleague has cut her hand with her box cutter. It is bleeding a lot.'
					),
					{
						best: t(
							'Je la fais asseoir, elle serre la plaie, et j’appelle le secouriste.',
							'I get her to sit down, she presses on the cut, and I call the first-aider.'
						),
						overstep: t(
							'Je l’emmène moi-même aux urgences, tout de suite, avec ma voiture.',
							'I take her to A&E myself, right away, in my car.'
						),
						passive: t(
							'Je lui dis d’aller voir le chef dans son bureau : il saura quoi faire.',
							'I tell her to go and see the team leader in his office: he will know what to do.'
						),
						ignore: t(
							'Je lui dis de faire attention, et je continue mes cartons.',
							'I tell her to be careful, and I carry on with my cartons.'
						),
						subtle: [
							t(
								'Je sors ma propre trousse, et je lui mets de la crème et un pansement.',
								'I take out my own kit, and I put some cream and a plaster on it.'
							),
							'initiative'
						]
					}
				),
				step(
					'reprise',
					t(
						'Le secouriste soigne votre collègue. Il vous reste 4 cartons à ranger, mais la palette en a 6.',
						'The first-aider is treating your colleague. You have 4 cartons left to put away, but the pallet has 6.'
					),
					{
						best: t(
							'J’en prends 4, comme sur la liste, et je scanne la ligne.',
							'I take 4, as on the list, and I scan the line.'
						),
						hasty: t(
							'Je range les 6 cartons : ça fera moins de travail demain.',
							'I put all 6 cartons away: that’s less work tomorrow.'
						),
						stalling: t(
							'Je recompte les 6 cartons que j’ai déjà rangés.',
							'I count the 6 cartons I have already put away again.'
						),
						off: t(
							'Je laisse la palette là, et je vais d’abord ranger l’allée 6.',
							'I leave the pallet there, and I go and tidy aisle 6 first.'
						),
						subtle: [
							t(
								'J’en range 4, et je mets les 2 autres en haut du rack, pour plus tard.',
								'I put 4 away, and I put the other 2 at the top of the rack, for later.'
							),
							'tache'
						]
					}
				),
				event(
					'suite',
					t(
						'Quelques minutes plus tard, votre collègue est toujours seule. Elle est très pâle et se tient à l’étagère.',
						'A few minutes later, your colleague is still alone. She is very pale and holding on to the shelf.'
					),
					{
						best: t(
							'Je l’aide à s’asseoir par terre, je reste là et j’appelle le secouriste.',
							'I help her sit down on the floor, I stay there and I call the first-aider.'
						),
						overstep: t(
							'Je l’emmène dehors prendre l’air, en la tenant bien par le bras.',
							'I take her outside for some air, holding her firmly by the arm.'
						),
						passive: t(
							'Je lui demande si elle veut que j’aille chercher quelqu’un.',
							'I ask her if she wants me to go and get someone.'
						),
						ignore: t(
							'Je continue mes cartons : tout à l’heure, elle a dit que ça allait.',
							'I carry on with my cartons: earlier, she said she was fine.'
						),
						subtle: [
							t(
								'J’envoie un message au chef : « Ma collègue s’est coupée. » Et je continue.',
								'I send the team leader a message: “My colleague has cut herself.” And I carry on.'
							),
							'role'
						]
					}
				)
			]
		}
	]
};

export const CONTENT = { proprete, logistique } satisfies Record<
	'proprete' | 'logistique',
	ScenarioContent
>;
