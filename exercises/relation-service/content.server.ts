/**
 * The counter's content: who comes, what they say, the replies and what each earns. Server-only
 * (`.server.ts`): the points of each reply are the answer key. Validated when the server loads
 * the exercise (`exercise.server.ts`): a content mistake fails at start, not in front of someone.
 *
 * Every scene has three turns: the first, then a calm or a tense one depending on the reply (a
 * reply that earns nothing makes the other side tense). Each turn engages two of the four
 * dimensions; the full reply earns both, the half-right one (from difficulty 2) one, the poor
 * one nothing, the plainly wrong one (up to difficulty 2) nothing.
 */
import type { ContentText, Theme } from '$lib/engine/contract';
import type {
	ReplyContent,
	ScenarioContent,
	TurnContent
} from '../mechanics/scenario/scenes.server';

/** What a turn may engage (labelled in `exercise.server.ts`). */
type Dimension = 'ecoute' | 'courtoisie' | 'solution' | 'cadre';

const t = (fr: string, en: string): ContentText => ({ fr, en });

interface Replies {
	best: ContentText;
	/** Half right: earns only the dimension given. */
	half: [ContentText, Dimension];
	poor: ContentText;
	bad: ContentText;
}

/** A turn: the full and half replies lead to `calm`, the others to `tense` (none: the end). */
function turn(
	id: string,
	other: ContentText,
	engages: [Dimension, Dimension],
	r: Replies,
	branch?: { calm: string; tense: string }
): TurnContent {
	const replies: ReplyContent[] = [
		{ text: r.best, earns: engages, next: branch?.calm },
		{ text: r.half[0], earns: [r.half[1]], next: branch?.calm, from: 2 },
		{ text: r.poor, earns: [], next: branch?.tense },
		{ text: r.bad, earns: [], next: branch?.tense, until: 2 }
	];
	return { id, other, engages, replies };
}

const branch = { calm: 'calm', tense: 'tense' };

const commerce: ScenarioContent = {
	place: 'shop',
	consigne: [
		t('Vous travaillez à l’accueil d’un magasin.', 'You work at the desk of a shop.'),
		t(
			'Des clients viennent vous parler, l’un après l’autre.',
			'Customers come to talk to you, one after the other.'
		),
		t(
			'Touchez une réponse pour l’entendre. Puis touchez « Je réponds cela ».',
			'Tap a reply to hear it. Then tap “I answer this”.'
		),
		t(
			'Choisissez ce que vous diriez vraiment, au travail. Il n’y a pas de piège.',
			'Choose what you would really say at work. There is no trick.'
		)
	],
	practice: [
		{
			who: t('Un client', 'A customer'),
			other: t(
				'Bonjour, où sont les piles, s’il vous plaît ?',
				'Hello, where are the batteries, please?'
			),
			replies: [
				{
					text: t('Bonjour ! Au rayon 3. Je vous montre ?', 'Hello! In aisle 3. Shall I show you?'),
					best: true
				},
				{ text: t('Je ne sais pas.', 'I don’t know.') },
				{
					text: t(
						'Cherchez un peu, c’est écrit partout sur les panneaux du magasin.',
						'Have a look around, it is written on the signs all over the shop.'
					)
				}
			],
			why: t(
				'Vous répondez poliment et vous aidez le client.',
				'You answer politely and you help the customer.'
			)
		},
		{
			who: t('Une cliente', 'A customer'),
			other: t('Vous fermez à quelle heure ?', 'What time do you close?'),
			replies: [
				{ text: t('Tard.', 'Late.') },
				{
					text: t(
						'Nous fermons à 19 heures. Bonne soirée !',
						'We close at 7 pm. Have a nice evening!'
					),
					best: true
				},
				{
					text: t(
						'Regardez sur la porte d’entrée, c’est écrit dessus.',
						'Look at the front door, it is written on it.'
					)
				}
			],
			why: t(
				'Vous donnez l’information exacte, avec politesse.',
				'You give the exact information, politely.'
			)
		}
	],
	scenes: [
		{
			id: 'commerce-demande',
			who: t('Un client qui cherche un article', 'A customer looking for an item'),
			turns: [
				turn(
					'open',
					t(
						'Bonjour, je cherche une ampoule pour ma lampe, mais je ne sais pas laquelle prendre.',
						'Hello, I need a bulb for my lamp, but I don’t know which one to take.'
					),
					['ecoute', 'solution'],
					{
						best: t(
							'Bonjour ! Vous avez l’ancienne ou une photo ? Je vous aide.',
							'Hello! Do you have the old one or a photo? I’ll help you.'
						),
						half: [
							t(
								'Les ampoules sont au rayon 4, au fond à gauche, juste après les piles et les rallonges.',
								'Bulbs are in aisle 4, at the back on the left, just after the batteries and extension leads.'
							),
							'solution'
						],
						poor: t(
							'Toutes les informations sont écrites sur la boîte, il suffit de bien lire.',
							'All the information is written on the box, you just have to read carefully.'
						),
						bad: t(
							'Je ne sais pas, je ne m’occupe pas des ampoules.',
							'I don’t know, bulbs are not my job.'
						)
					},
					branch
				),
				turn(
					'calm',
					t(
						'J’ai une photo, tenez. Et elles durent longtemps, celles-là ?',
						'I have a photo, here. And do these last long?'
					),
					['solution', 'courtoisie'],
					{
						best: t(
							'Merci. Celle-ci va bien. Elle dure environ dix ans.',
							'Thank you. This one fits. It lasts about ten years.'
						),
						half: [
							t('Dix ans. C’est marqué sur l’emballage.', 'Ten years. It says so on the pack.'),
							'solution'
						],
						poor: t(
							'Ça dépend. On ne sait jamais avec les ampoules.',
							'It depends. You never know with bulbs.'
						),
						bad: t('Vous n’avez qu’à lire la boîte.', 'Just read the box.')
					}
				),
				turn(
					'tense',
					t(
						'Je ne comprends rien à ce qui est écrit sur les boîtes. Vous ne pouvez pas m’aider ?',
						'I don’t understand anything written on the boxes. Can’t you help me?'
					),
					['ecoute', 'courtoisie'],
					{
						best: t(
							'Pardon, bien sûr. Venez, on la choisit ensemble.',
							'Sorry, of course. Come, we’ll choose it together.'
						),
						half: [
							t(
								'Pardon, monsieur. Mon collègue connaît mieux les ampoules, il est au rayon d’à côté.',
								'Sorry, sir. My colleague knows bulbs better, he is in the next aisle.'
							),
							'courtoisie'
						],
						poor: t(
							'C’est pourtant simple : la puissance est écrite en gros, et le reste juste en dessous.',
							'It’s simple though: the wattage is in big letters, and the rest just below.'
						),
						bad: t(
							'Ce n’est pas mon problème, les boîtes sont les mêmes pour tout le monde.',
							'That’s not my problem, the boxes are the same for everyone.'
						)
					}
				)
			]
		},
		{
			id: 'commerce-reclamation',
			who: t('Une cliente mécontente', 'An unhappy customer'),
			turns: [
				turn(
					'open',
					t(
						'J’ai acheté ce grille-pain la semaine dernière, et il ne marche déjà plus !',
						'I bought this toaster last week, and it already doesn’t work!'
					),
					['ecoute', 'solution'],
					{
						best: t(
							'Je suis désolé. Vous avez le ticket ? Je regarde ça.',
							'I’m sorry. Do you have the receipt? I’ll look into it.'
						),
						half: [
							t(
								'Ah, c’est vraiment embêtant, je comprends. Après une semaine seulement, en plus !',
								'Oh, that is really annoying, I understand. After only a week, too!'
							),
							'ecoute'
						],
						poor: t('Vous l’avez peut-être mal utilisé.', 'Maybe you used it the wrong way.'),
						bad: t('Ce n’est pas moi qui l’ai fabriqué.', 'I didn’t make it.')
					},
					branch
				),
				turn(
					'calm',
					t(
						'Oui, voilà le ticket. Je voudrais être remboursée.',
						'Yes, here is the receipt. I would like a refund.'
					),
					['solution', 'cadre'],
					{
						best: t(
							'Le ticket a moins d’un mois : je peux vous rembourser.',
							'The receipt is less than a month old: I can refund you.'
						),
						half: [
							t(
								'Je vous rembourse, sans regarder le ticket.',
								'I’ll refund you, without checking the receipt.'
							),
							'solution'
						],
						poor: t(
							'Chez nous, on ne rembourse jamais les appareils électriques, c’est comme ça.',
							'We never refund electrical appliances here, that’s how it is.'
						),
						bad: t(
							'Revenez un autre jour, je n’ai pas le temps.',
							'Come back another day, I have no time.'
						)
					}
				),
				turn(
					'tense',
					t(
						'Mal utilisé ? Vous me prenez pour qui ? Je veux voir le responsable !',
						'The wrong way? Who do you take me for? I want to see the manager!'
					),
					['ecoute', 'courtoisie'],
					{
						best: t(
							'Pardon, je me suis mal exprimé. Qu’est-ce qui ne marche pas ?',
							'Sorry, I put it badly. What doesn’t work?'
						),
						half: [
							t(
								'Très bien, je vais chercher le responsable. Un instant, s’il vous plaît.',
								'Very well, I’ll get the manager. One moment, please.'
							),
							'courtoisie'
						],
						poor: t(
							'Calmez-vous, madame, ce n’est pas la peine de crier.',
							'Calm down, madam, there is no need to shout.'
						),
						bad: t(
							'Le responsable n’est pas là. C’est comme ça.',
							'The manager is not here. That’s how it is.'
						)
					}
				)
			]
		},
		{
			id: 'commerce-impatient',
			who: t('Une cliente pressée', 'A customer in a hurry'),
			turns: [
				turn(
					'open',
					t(
						'Ça fait dix minutes que j’attends ! Il n’y a qu’une caisse ouverte ou quoi ?',
						'I’ve been waiting for ten minutes! Is there only one till open or what?'
					),
					['ecoute', 'courtoisie'],
					{
						best: t(
							'Je suis désolé pour l’attente, madame. Je m’occupe de vous.',
							'I’m sorry for the wait, madam. I’ll see to you now.'
						),
						half: [
							t(
								'Bonjour, madame. Vous avez votre carte de fidélité, s’il vous plaît ?',
								'Hello, madam. Do you have your loyalty card, please?'
							),
							'courtoisie'
						],
						poor: t(
							'Il y a du monde, tout le monde attend, vous savez.',
							'It’s busy, everybody is waiting, you know.'
						),
						bad: t(
							'Si vous n’êtes pas contente, vous pouvez faire vos courses ailleurs.',
							'If you’re not happy, you can do your shopping somewhere else.'
						)
					},
					branch
				),
				turn(
					'calm',
					t(
						'Bon. Et je peux payer en plusieurs fois ? C’est un gros achat.',
						'Well. And can I pay in instalments? It is a big purchase.'
					),
					['solution', 'cadre'],
					{
						best: t(
							'Oui, dès 100 euros. Ça se fait à l’accueil : je vous y emmène.',
							'Yes, from 100 euros. It is done at the desk: I’ll take you there.'
						),
						half: [
							t(
								'Pas de souci, je vous le fais ici, même si ce n’est pas prévu à la caisse.',
								'No problem, I’ll do it here, even if the till is not meant for it.'
							),
							'solution'
						],
						poor: t('Non, ce n’est pas possible.', 'No, that’s not possible.'),
						bad: t(
							'Je ne sais pas, demandez à quelqu’un d’autre.',
							'I don’t know, ask someone else.'
						)
					}
				),
				turn(
					'tense',
					t(
						'Tout le monde attend ? Et alors ? J’ai un rendez-vous, moi !',
						'Everybody is waiting? So what? I have an appointment!'
					),
					['ecoute', 'cadre'],
					{
						best: t(
							'Je comprends. Je fais au plus vite, c’est bientôt à vous.',
							'I understand. I’m going as fast as I can, it’s your turn soon.'
						),
						half: [
							t(
								'Je comprends. Passez devant les autres, je vous prends tout de suite.',
								'I understand. Go ahead of the others, I’ll take you now.'
							),
							'ecoute'
						],
						poor: t(
							'Ce n’est pas mon problème, madame. Il fallait prévoir plus de temps pour vos courses.',
							'That’s not my problem, madam. You should have allowed more time for your shopping.'
						),
						bad: t(
							'Arrêtez de vous plaindre, tout le monde ici a un rendez-vous.',
							'Stop complaining, everybody here has an appointment.'
						)
					}
				)
			]
		},
		{
			id: 'commerce-langue',
			who: t('Un client qui parle peu français', 'A customer who speaks little French'),
			turns: [
				turn(
					'open',
					t(
						'Bonjour… je veux… ça… (il montre la photo d’une perceuse) … pas cher ?',
						'Hello… I want… this… (he shows a photo of a drill) … not expensive?'
					),
					['ecoute', 'solution'],
					{
						best: t(
							'Une perceuse ? Venez, c’est celle-ci : 39 euros.',
							'A drill? Come, it’s this one: 39 euros.'
						),
						half: [
							t(
								'Les perceuses sont au rayon 12. Les prix sont sur les étiquettes.',
								'Drills are in aisle 12. Prices are on the labels.'
							),
							'solution'
						],
						poor: t(
							'Vous voulez quoi exactement ? Parlez plus clairement.',
							'What do you want exactly? Speak more clearly.'
						),
						bad: t('Je ne comprends pas. Suivant !', 'I don’t understand. Next!')
					},
					branch
				),
				turn(
					'calm',
					t('Merci… 39… oui. Et… garantie ?', 'Thank you… 39… yes. And… guarantee?'),
					['ecoute', 'solution'],
					{
						best: t(
							'Oui, garantie deux ans. Deux ans. Je vous l’écris sur le ticket.',
							'Yes, a two-year guarantee. Two years. I’ll write it on the receipt.'
						),
						half: [
							t(
								'La garantie ? Vous voulez savoir si elle est garantie ?',
								'The guarantee? You want to know if it has a guarantee?'
							),
							'ecoute'
						],
						poor: t(
							'La garantie légale de conformité s’applique vingt-quatre mois à compter de la délivrance du bien.',
							'The legal guarantee of conformity applies for twenty-four months from the delivery of the goods.'
						),
						bad: t('Lisez les conditions au dos.', 'Read the terms on the back.')
					}
				),
				turn(
					'tense',
					t('Pardon… pas compris… perceuse ?', 'Sorry… not understood… drill?'),
					['ecoute', 'courtoisie'],
					{
						best: t('Pardon. Une perceuse. Venez avec moi.', 'Sorry. A drill. Come with me.'),
						half: [
							t(
								'Excusez-moi. Demandez à l’accueil, s’il vous plaît.',
								'Excuse me. Please ask at the desk.'
							),
							'courtoisie'
						],
						poor: t(
							'PER-CEU-SE ! Vous comprenez ? C’est pourtant simple : PER-CEU-SE !',
							'DR-ILL! Do you understand? It’s simple, though: DR-ILL!'
						),
						bad: t(
							'Revenez avec quelqu’un qui parle français.',
							'Come back with someone who speaks French.'
						)
					}
				)
			]
		},
		{
			id: 'commerce-hors-role',
			who: t('Un habitué qui demande une remise', 'A regular asking for a discount'),
			turns: [
				turn(
					'open',
					t(
						'Vous pouvez me faire une remise de 20 % ? Je suis un bon client.',
						'Can you give me a 20% discount? I’m a good customer.'
					),
					['cadre', 'courtoisie'],
					{
						best: t(
							'Désolé, je ne décide pas des remises. Je peux appeler le responsable.',
							'Sorry, I don’t decide on discounts. I can call the manager.'
						),
						half: [
							t(
								'Bien sûr, je vous fais 20 %, vous êtes un bon client.',
								'Of course, I’ll give you 20%, you’re a good customer.'
							),
							'courtoisie'
						],
						poor: t('Non. Les prix sont les prix.', 'No. Prices are prices.'),
						bad: t('Vous rêvez ! Et puis quoi encore ?', 'Dream on! What next?')
					},
					branch
				),
				turn(
					'calm',
					t(
						'D’accord, appelez-le. En attendant, vous pouvez me garder l’article ?',
						'All right, call him. Meanwhile, can you keep the item for me?'
					),
					['solution', 'cadre'],
					{
						best: t(
							'Oui, je le mets de côté à l’accueil jusqu’à demain, à votre nom.',
							'Yes, I’ll put it aside at the desk until tomorrow, in your name.'
						),
						half: [
							t(
								'Je le cache derrière le comptoir, personne ne le verra.',
								'I’ll hide it behind the counter, nobody will see it.'
							),
							'solution'
						],
						poor: t('Non, on ne garde rien.', 'No, we don’t keep anything.'),
						bad: t(
							'Débrouillez-vous, ce n’est pas mon travail de garder les articles des clients.',
							'Sort it out yourself, it’s not my job to keep customers’ items.'
						)
					}
				),
				turn(
					'tense',
					t(
						'« Les prix sont les prix » ? Vous êtes bien désagréable !',
						'“Prices are prices”? You are very rude!'
					),
					['ecoute', 'courtoisie'],
					{
						best: t(
							'Pardon, je me suis mal exprimé. Le responsable peut vous aider.',
							'Sorry, I put it badly. The manager can help you.'
						),
						half: [
							t('Excusez-moi, monsieur. Bonne journée.', 'Excuse me, sir. Have a nice day.'),
							'courtoisie'
						],
						poor: t(
							'Je dis juste la vérité : ici, les prix sont les mêmes pour tout le monde.',
							'I’m just telling the truth: here, prices are the same for everyone.'
						),
						bad: t(
							'C’est vous qui êtes désagréable, à demander une remise à chaque fois.',
							'You are the one being rude, asking for a discount every time.'
						)
					}
				)
			]
		}
	]
};

const soin: ScenarioContent = {
	place: 'care',
	consigne: [
		t(
			'Vous travaillez à l’accueil d’une maison de retraite.',
			'You work at the desk of a care home.'
		),
		t(
			'Des visiteurs et des familles viennent vous parler, l’un après l’autre.',
			'Visitors and families come to talk to you, one after the other.'
		),
		t(
			'Touchez une réponse pour l’entendre. Puis touchez « Je réponds cela ».',
			'Tap a reply to hear it. Then tap “I answer this”.'
		),
		t(
			'Choisissez ce que vous diriez vraiment, au travail. Il n’y a pas de piège.',
			'Choose what you would really say at work. There is no trick.'
		)
	],
	practice: [
		{
			who: t('Un visiteur', 'A visitor'),
			other: t(
				'Bonjour, où sont les toilettes, s’il vous plaît ?',
				'Hello, where are the toilets, please?'
			),
			replies: [
				{ text: t('Par là-bas.', 'Over there.') },
				{
					text: t(
						'Bonjour ! Au bout du couloir, à droite.',
						'Hello! At the end of the corridor, on the right.'
					),
					best: true
				},
				{
					text: t(
						'Elles ne sont pas pour les visiteurs, c’est le règlement.',
						'They are not for visitors, those are the rules.'
					)
				}
			],
			why: t(
				'Vous répondez poliment et vous aidez la personne.',
				'You answer politely and you help the person.'
			)
		},
		{
			who: t('Une visiteuse', 'A visitor'),
			other: t('À quelle heure sont les visites ?', 'What are the visiting hours?'),
			replies: [
				{
					text: t(
						'Les visites sont de 14 heures à 19 heures. Bonne journée !',
						'Visits are from 2 pm to 7 pm. Have a nice day!'
					),
					best: true
				},
				{ text: t('L’après-midi.', 'In the afternoon.') },
				{ text: t('C’est affiché quelque part.', 'It is posted somewhere.') }
			],
			why: t(
				'Vous donnez l’information exacte, avec politesse.',
				'You give the exact information, politely.'
			)
		}
	],
	scenes: [
		{
			id: 'soin-demande',
			who: t('Une fille qui vient voir sa mère', 'A daughter visiting her mother'),
			turns: [
				turn(
					'open',
					t(
						'Bonjour, je viens voir ma mère, Mme Martin. C’est quelle chambre ?',
						'Hello, I’m here to see my mother, Mrs Martin. Which room is it?'
					),
					['ecoute', 'cadre'],
					{
						best: t(
							'Bonjour. Signez d’abord le registre, s’il vous plaît, et je vous donne sa chambre.',
							'Hello. Please sign the visitors’ book first, and I’ll give you her room.'
						),
						half: [
							t(
								'Bonjour ! Mme Martin, chambre 12, allez-y.',
								'Hello! Mrs Martin, room 12, go ahead.'
							),
							'ecoute'
						],
						poor: t('Je ne peux rien vous dire.', 'I can’t tell you anything.'),
						bad: t(
							'Cherchez, les noms sont sur les portes.',
							'Look for it, the names are on the doors.'
						)
					},
					branch
				),
				turn(
					'calm',
					t(
						'Voilà, c’est signé. Elle a bien mangé ce midi ?',
						'There, it’s signed. Did she eat well at lunch?'
					),
					['solution', 'cadre'],
					{
						best: t(
							'Je ne peux pas vous le dire, mais j’appelle l’infirmière.',
							'I can’t tell you, but I’ll call the nurse.'
						),
						half: [
							t(
								'Je vais regarder dans son dossier médical sur l’ordinateur et je vous dis.',
								'I’ll look in her medical file on the computer and tell you.'
							),
							'solution'
						],
						poor: t(
							'Ce n’est pas à moi qu’il faut demander, moi je suis seulement à l’accueil.',
							'I’m not the one to ask, I only work at the desk.'
						),
						bad: t('Je n’en sais rien.', 'No idea.')
					}
				),
				turn(
					'tense',
					t(
						'Comment ça, vous ne pouvez rien me dire ? C’est ma mère !',
						'What do you mean, you can’t tell me anything? She is my mother!'
					),
					['ecoute', 'courtoisie'],
					{
						best: t(
							'Je comprends, pardon. Signez juste ici, puis je vous accompagne.',
							'I understand, I’m sorry. Just sign here, then I’ll take you there.'
						),
						half: [
							t(
								'Excusez-moi, madame. Je vais chercher quelqu’un.',
								'Excuse me, madam. I’ll get someone.'
							),
							'courtoisie'
						],
						poor: t(
							'C’est le règlement, je n’y peux rien. Tout le monde doit le faire, même les familles.',
							'Those are the rules, I can’t help it. Everyone has to do it, even families.'
						),
						bad: t('Ne criez pas, ici c’est calme.', 'Don’t shout, it’s quiet here.')
					}
				)
			]
		},
		{
			id: 'soin-reclamation',
			who: t('Un fils mécontent', 'An unhappy son'),
			turns: [
				turn(
					'open',
					t(
						'Les draps de mon père n’ont pas été changés depuis trois jours. Ce n’est pas normal !',
						'My father’s sheets have not been changed for three days. That is not right!'
					),
					['ecoute', 'solution'],
					{
						best: t(
							'Merci de me le dire. Je préviens l’équipe tout de suite.',
							'Thank you for telling me. I’ll tell the team right away.'
						),
						half: [
							t(
								'Je comprends, c’est vraiment désagréable pour lui, et pour vous aussi.',
								'I understand, it is really unpleasant for him, and for you too.'
							),
							'ecoute'
						],
						poor: t(
							'On manque de personnel, vous savez. Tout le monde est débordé en ce moment.',
							'We are short of staff, you know. Everyone is overloaded at the moment.'
						),
						bad: t('Ce n’est pas mon service.', 'That is not my department.')
					},
					branch
				),
				turn(
					'calm',
					t(
						'Merci. Et je peux savoir quand ce sera fait ?',
						'Thank you. And can I know when it will be done?'
					),
					['solution', 'cadre'],
					{
						best: t(
							'Je demande l’heure à l’équipe et je vous rappelle avant ce soir.',
							'I’ll ask the team for the time and call you back before tonight.'
						),
						half: [
							t(
								'Ne vous inquiétez pas, je vais les changer moi-même, même si ce n’est pas mon poste.',
								'Don’t worry, I’ll change them myself, even though it’s not my job.'
							),
							'solution'
						],
						poor: t('Je ne sais pas, ça dépend.', 'I don’t know, it depends.'),
						bad: t('Quand ils auront le temps.', 'When they have the time.')
					}
				),
				turn(
					'tense',
					t(
						'Le personnel, ce n’est pas mon problème ! Mon père mérite mieux.',
						'Staff is not my problem! My father deserves better.'
					),
					['ecoute', 'courtoisie'],
					{
						best: t(
							'Vous avez raison, pardon. Je préviens l’équipe tout de suite.',
							'You are right, I’m sorry. I’ll tell the team right away.'
						),
						half: [t('Je suis désolée, monsieur.', 'I am sorry, sir.'), 'courtoisie'],
						poor: t(
							'Tout le monde fait ce qu’il peut ici. Vous n’êtes pas le seul à avoir des soucis.',
							'Everybody does what they can here. You are not the only one with problems.'
						),
						bad: t(
							'Écrivez à la direction si vous n’êtes pas content, c’est elle qui décide.',
							'Write to the management if you are not happy, they are the ones who decide.'
						)
					}
				)
			]
		},
		{
			id: 'soin-impatient',
			who: t('Un visiteur pressé', 'A visitor in a hurry'),
			turns: [
				turn(
					'open',
					t(
						'J’attends depuis vingt minutes pour voir le médecin. C’est long !',
						'I’ve been waiting twenty minutes to see the doctor. It’s long!'
					),
					['ecoute', 'courtoisie'],
					{
						best: t(
							'Je suis désolée pour l’attente. Je vais voir où en est le médecin.',
							'I’m sorry for the wait. I’ll go and see where the doctor is.'
						),
						half: [
							t(
								'Merci de patienter, monsieur. Asseyez-vous, je vous prie.',
								'Thank you for waiting, sir. Please take a seat.'
							),
							'courtoisie'
						],
						poor: t('Le médecin a beaucoup de patients.', 'The doctor has many patients.'),
						bad: t(
							'Vous n’êtes pas le seul à attendre. Il y a encore trois personnes avant vous.',
							'You are not the only one waiting. There are still three people before you.'
						)
					},
					branch
				),
				turn(
					'calm',
					t(
						'Merci. Vous pouvez me faire passer avant ? J’ai mon bus à 16 heures.',
						'Thank you. Can you let me go first? My bus is at 4 pm.'
					),
					['cadre', 'solution'],
					{
						best: t(
							'Je ne peux pas changer l’ordre, mais je dis au médecin pour votre bus.',
							'I can’t change the order, but I’ll tell the doctor about your bus.'
						),
						half: [
							t(
								'Je vous mets en premier, ne le dites à personne.',
								'I’ll put you first, don’t tell anyone.'
							),
							'solution'
						],
						poor: t('Non. Attendez votre tour.', 'No. Wait your turn.'),
						bad: t('Vous prendrez le bus suivant.', 'You’ll take the next bus.')
					}
				),
				turn(
					'tense',
					t(
						'Pas le seul ? Je me moque des autres ! Je veux passer maintenant !',
						'Not the only one? I don’t care about the others! I want to go in now!'
					),
					['ecoute', 'cadre'],
					{
						best: t(
							'Je comprends, c’est long. Je ne peux pas changer l’ordre, mais je préviens le médecin.',
							'I understand, it’s a long wait. I can’t change the order, but I’ll tell the doctor.'
						),
						half: [
							t(
								'D’accord, d’accord, je vous fais passer maintenant.',
								'All right, all right, I’ll let you in now.'
							),
							'ecoute'
						],
						poor: t(
							'Si vous criez comme ça, je ne peux rien faire pour vous. Ici, tout le monde attend son tour.',
							'If you shout like that, I can do nothing for you. Here, everyone waits their turn.'
						),
						bad: t('Alors partez.', 'Then leave.')
					}
				)
			]
		},
		{
			id: 'soin-langue',
			who: t('Une dame qui parle peu français', 'A lady who speaks little French'),
			turns: [
				turn(
					'open',
					t(
						'Bonjour… mon mari… ici… chambre ?… je… pas lire.',
						'Hello… my husband… here… room?… I… not read.'
					),
					['ecoute', 'solution'],
					{
						best: t(
							'Bonjour. Votre mari ? Son nom ? Je vous accompagne.',
							'Hello. Your husband? His name? I’ll take you there.'
						),
						half: [
							t(
								'La liste des chambres est affichée sur le mur, là-bas, à côté de l’ascenseur.',
								'The list of rooms is on the wall, over there, next to the lift.'
							),
							'solution'
						],
						poor: t(
							'Il faut d’abord remplir la fiche visiteur, madame, avec votre nom et votre adresse.',
							'You must first fill in the visitor form, madam, with your name and address.'
						),
						bad: t(
							'Je ne comprends rien à ce que vous dites. Revenez avec quelqu’un.',
							'I don’t understand anything you say. Come back with someone.'
						)
					},
					branch
				),
				turn(
					'calm',
					t('Merci… Ahmed Benali… Il a… mal ?', 'Thank you… Ahmed Benali… He… in pain?'),
					['ecoute', 'cadre'],
					{
						best: t(
							'Je vous accompagne. Pour sa santé, l’infirmière va vous expliquer.',
							'I’ll take you there. About his health, the nurse will explain.'
						),
						half: [
							t(
								'Oui, oui, il va bien, ne vous inquiétez pas, il a bien dormi cette nuit.',
								'Yes, yes, he is fine, don’t worry, he slept well last night.'
							),
							'ecoute'
						],
						poor: t(
							'Je ne suis pas autorisé à parler de santé, je travaille seulement à l’accueil.',
							'I am not allowed to talk about health, I only work at the desk.'
						),
						bad: t('Je n’en sais rien, moi.', 'I have no idea.')
					}
				),
				turn(
					'tense',
					t('Pardon… pas comprendre… fiche ?', 'Sorry… not understand… form?'),
					['ecoute', 'courtoisie'],
					{
						best: t(
							'Pardon. On remplit la fiche ensemble.',
							'Sorry. We’ll fill in the form together.'
						),
						half: [
							t('Excusez-moi. Attendez ici, s’il vous plaît.', 'Excuse me. Please wait here.'),
							'courtoisie'
						],
						poor: t('LA FI-CHE ! Là, le papier !', 'THE FORM! There, the paper!'),
						bad: t(
							'Si vous ne comprenez pas, je ne peux rien faire.',
							'If you don’t understand, I can do nothing.'
						)
					}
				)
			]
		},
		{
			id: 'soin-hors-role',
			who: t('Une fille inquiète pour sa mère', 'A daughter worried about her mother'),
			turns: [
				turn(
					'open',
					t(
						'Vous pouvez donner un comprimé pour la tête à ma mère ? Elle a mal.',
						'Can you give my mother a headache pill? She is in pain.'
					),
					['cadre', 'solution'],
					{
						best: t(
							'Je n’ai pas le droit. J’appelle l’infirmière tout de suite.',
							'I’m not allowed to. I’ll call the nurse right away.'
						),
						half: [
							t(
								'Attendez, j’ai du paracétamol dans mon sac. Je vous en donne un pour elle.',
								'Wait, I have paracetamol in my bag. I’ll give you one for her.'
							),
							'solution'
						],
						poor: t(
							'Non, ce n’est pas possible. Elle doit attendre, ça va passer tout seul.',
							'No, that’s not possible. She has to wait, it will go away on its own.'
						),
						bad: t(
							'Demandez à quelqu’un d’autre, je suis occupé avec l’accueil en ce moment.',
							'Ask someone else, I’m busy with the desk right now.'
						)
					},
					branch
				),
				turn(
					'calm',
					t(
						'Merci. Elle est dans la chambre 8. Vous pouvez la prévenir ?',
						'Thank you. She is in room 8. Can you let her know?'
					),
					['solution', 'courtoisie'],
					{
						best: t(
							'Bien sûr. Je préviens l’infirmière et votre mère.',
							'Of course. I’ll tell the nurse and your mother.'
						),
						half: [
							t(
								'Avec plaisir, madame. Je vous souhaite une bonne journée.',
								'With pleasure, madam. Have a nice day.'
							),
							'courtoisie'
						],
						poor: t(
							'Elle verra bien l’infirmière passer, elle fait le tour des chambres l’après-midi.',
							'She’ll see the nurse go by, she does her round in the afternoon.'
						),
						bad: t(
							'Ce n’est pas mon travail, je ne suis pas là pour faire les messages.',
							'That’s not my job, I’m not here to pass on messages.'
						)
					}
				),
				turn(
					'tense',
					t(
						'Pas possible ? Elle souffre, et vous ne faites rien ?',
						'Not possible? She is in pain, and you do nothing?'
					),
					['ecoute', 'courtoisie'],
					{
						best: t(
							'Je comprends votre inquiétude. J’appelle l’infirmière tout de suite.',
							'I understand your worry. I’m calling the nurse right away.'
						),
						half: [
							t('Je suis désolé, madame, vraiment.', 'I am really sorry, madam.'),
							'courtoisie'
						],
						poor: t('Je n’ai pas le droit, c’est tout.', 'I’m not allowed, that’s all.'),
						bad: t('Ce n’est pas ma faute si elle a mal.', 'It’s not my fault she is in pain.')
					}
				)
			]
		}
	]
};

/** The content of each theme, the first being the default. */
export const CONTENT = { commerce, soin } satisfies Partial<Record<Theme, ScenarioContent>>;
