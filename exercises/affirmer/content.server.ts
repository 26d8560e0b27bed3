/**
 * « S’affirmer et faire face »: who pushes, what they say, the replies and what each earns.
 * Server-only (`.server.ts`): the points of each reply are the answer key. Validated when the
 * server loads the exercise: a content mistake fails at start, not in front of someone.
 *
 * Someone at work pushes the person to give in (skip a safety step, a forbidden discount,
 * contradictory orders, a queue jumped, a task dumped on them…). Every scene has three turns: the
 * first push, then `insiste` when the person held the line (the other side insists harder) or
 * `profite` when they gave in or dodged (the other side asks for more; the full reply there is to
 * go back on it). Every turn engages both dimensions: the assertive reply (calm, firm,
 * respectful) earns both, the aggressive one (holds the line, rudely) `fermete`, the passive one
 * (gives in, politely; from difficulty 2) `respect`, the evasive one (dodges; up to difficulty 2)
 * nothing, and the subtle one (difficulty 3) one of the two: it sounds reasonable but gives in,
 * or sounds firm but slips into contempt.
 */
import type { ContentText } from '$lib/engine/contract';
import type {
	ReplyContent,
	ScenarioContent,
	TurnContent
} from '../mechanics/scenario/scenes.server';

export const DIMENSIONS = ['fermete', 'respect'] as const;
type Dimension = (typeof DIMENSIONS)[number];

const t = (fr: string, en: string): ContentText => ({ fr, en });

interface Replies {
	/** Calm, firm, respectful: says no or states the rule, briefly why, a fair way out. */
	assertive: ContentText;
	/** Holds the line, but rude, threatening or mocking. */
	aggressive: ContentText;
	/** Gives in politely (from difficulty 2). */
	passive: ContentText;
	/** Dodges: does not know, sends elsewhere, walks away (up to difficulty 2). */
	evasive: ContentText;
	/** Difficulty 3: gives in while sounding reasonable (`respect`), or firm with contempt (`fermete`). */
	subtle: [ContentText, Dimension];
}

/** Where a reply leads on the first turn: holding the line or not. */
interface Branch {
	held: string;
	gave: string;
}

const branch: Branch = { held: 'insiste', gave: 'profite' };

/** A turn: a reply that earns `fermete` leads to `held`, the others to `gave` (none: the end). */
function turn(id: string, other: ContentText, r: Replies, branch?: Branch): TurnContent {
	const reply = (
		text: ContentText,
		earns: Dimension[],
		window: Pick<ReplyContent, 'from' | 'until'> = {}
	): ReplyContent => {
		const next = branch && (earns.includes('fermete') ? branch.held : branch.gave);
		return { text, earns, ...(next ? { next } : {}), ...window };
	};
	const replies: ReplyContent[] = [
		reply(r.assertive, ['fermete', 'respect']),
		reply(r.aggressive, ['fermete']),
		reply(r.passive, ['respect'], { from: 2 }),
		reply(r.evasive, [], { until: 2 }),
		reply(r.subtle[0], [r.subtle[1]], { from: 3 })
	];
	return { id, other, engages: ['fermete', 'respect'], replies };
}

const tapToHear = t(
	'Touchez une réponse pour l’entendre. Puis touchez « Je réponds cela ».',
	'Tap a reply to hear it. Then tap “I answer this”.'
);
const noTrick = t(
	'Choisissez ce que vous diriez vraiment, au travail. Il n’y a pas de piège.',
	'Choose what you would really say at work. There is no trick.'
);

const commerce: ScenarioContent = {
	place: 'shop',
	consigne: [
		t('Vous travaillez dans un magasin.', 'You work in a shop.'),
		t(
			'Parfois, quelqu’un vous pousse à faire une chose qui n’est pas permise.',
			'Sometimes, someone pushes you to do something that is not allowed.'
		),
		tapToHear,
		noTrick
	],
	practice: [
		{
			who: t('Un client', 'A customer'),
			other: t(
				'Je peux ouvrir la boîte pour essayer le casque ?',
				'Can I open the box to try the headphones?'
			),
			replies: [
				{ text: t('Oui, allez-y, ouvrez-la.', 'Yes, go ahead, open it.') },
				{
					text: t(
						'Non, ce n’est pas permis. Mais il y a un casque d’essai, là.',
						'No, that is not allowed. But there is a demo pair, over there.'
					),
					best: true
				},
				{
					text: t('Vous ne savez pas lire ? C’est interdit !', 'Can’t you read? It’s forbidden!')
				}
			],
			why: t(
				'Vous dites non calmement, et vous proposez une autre solution.',
				'You say no calmly, and you offer another way.'
			)
		},
		{
			who: t('Une collègue', 'A colleague'),
			other: t(
				'Tu me donnes ton code de caisse ? J’ai oublié le mien.',
				'Can you give me your till code? I forgot mine.'
			),
			replies: [
				{ text: t('Euh… je ne sais plus.', 'Um… I don’t remember.') },
				{ text: t('Oui, tiens, c’est écrit ici.', 'Yes, here, it’s written here.') },
				{
					text: t(
						'Non, mon code est personnel. On appelle la responsable ensemble ?',
						'No, my code is personal. Shall we call the manager together?'
					),
					best: true
				}
			],
			why: t(
				'Vous dites non calmement, et vous expliquez pourquoi.',
				'You say no calmly, and you explain why.'
			)
		}
	],
	scenes: [
		{
			id: 'remise-interdite',
			who: t('Un client habitué', 'A regular customer'),
			turns: [
				turn(
					'open',
					t(
						'Vous me faites bien 20 % de remise ? Je viens tout le temps, moi.',
						'You’ll give me 20 % off, right? I come here all the time.'
					),
					{
						assertive: t(
							'Pas de remise, je n’ai pas le droit. Par contre, ce modèle est en promotion.',
							'No discount, I’m not allowed. But this model is on offer.'
						),
						aggressive: t(
							'Vous vous croyez au marché ? Ici, on paie le prix affiché, comme tout le monde, monsieur.',
							'Do you think this is a street market? Here, you pay the marked price, like everyone, sir.'
						),
						passive: t(
							'Bon, d’accord, parce que c’est vous. Je vous fais les 20 %, mais ne le dites à personne.',
							'Well, all right, because it’s you. I’ll give you the 20 %, but don’t tell anyone.'
						),
						evasive: t(
							'Ah, ça… Voyez avec quelqu’un d’autre, moi je ne sais pas.',
							'Oh, that… Ask someone else, I don’t know.'
						),
						subtle: [
							t(
								'Vous êtes un bon client. Pour cette fois, je vous la fais, mais c’est la dernière.',
								'You are a good customer. Just this once, I’ll do it, but it’s the last time.'
							),
							'respect'
						]
					},
					branch
				),
				turn(
					'insiste',
					t(
						'Allez, personne ne verra rien. Sinon, je vais acheter ailleurs.',
						'Come on, nobody will see anything. Otherwise, I’ll shop somewhere else.'
					),
					{
						assertive: t(
							'C’est votre choix, monsieur. Je ne peux pas changer le prix.',
							'That’s your choice, sir. I can’t change the price.'
						),
						aggressive: t(
							'Allez-y, achetez ailleurs ! Franchement, on ne va pas pleurer pour un client comme vous.',
							'Go on, shop elsewhere! Honestly, we won’t cry over a customer like you.'
						),
						passive: t(
							'Non, ne partez pas… Bon, d’accord, je vous fais un petit geste, juste pour vous.',
							'No, don’t leave… All right, I’ll knock a little off, just for you.'
						),
						evasive: t(
							'Je ne sais pas quoi vous dire. Attendez là, je reviens.',
							'I don’t know what to tell you. Wait here, I’ll be back.'
						),
						subtle: [
							t(
								'Le prix est le même pour tous, même pour ceux qui se croient malins.',
								'The price is the same for everyone, even for those who think they’re clever.'
							),
							'fermete'
						]
					}
				),
				turn(
					'profite',
					t(
						'Merci ! Et tant que vous y êtes, faites-moi aussi la remise sur ce sac.',
						'Thanks! And while you’re at it, give me the discount on this bag too.'
					),
					{
						assertive: t(
							'Excusez-moi, je n’avais pas le droit. Je remets le prix normal.',
							'Sorry, I wasn’t allowed to. I’m putting the normal price back.'
						),
						aggressive: t(
							'Ça suffit, vous exagérez ! Vous n’aurez plus de remise du tout, ni sur le sac ni sur le reste.',
							'That’s enough, you’re pushing it! You get no discount at all now, not on the bag or anything else.'
						),
						passive: t(
							'Bon… d’accord, je vous fais la remise sur le sac aussi.',
							'Well… all right, I’ll give you the discount on the bag too.'
						),
						evasive: t(
							'Je ne sais pas. Voyez à la caisse d’à côté.',
							'I don’t know. Try the next till.'
						),
						subtle: [
							t(
								'Pour le sac, je vous fais seulement la moitié. C’est juste, non ?',
								'For the bag, I’ll give you only half. That’s fair, isn’t it?'
							),
							'respect'
						]
					}
				)
			]
		},
		{
			id: 'coupe-file',
			who: t('Une cliente pressée', 'A customer in a hurry'),
			turns: [
				turn(
					'open',
					t(
						'Je passe devant, j’ai juste un article. Ça ne dérange personne.',
						'I’ll go first, I only have one item. It doesn’t bother anyone.'
					),
					{
						assertive: t(
							'Ces personnes attendent aussi, madame. Ce sera bientôt votre tour.',
							'These people are waiting too, madam. It will be your turn soon.'
						),
						aggressive: t(
							'Vous ne voyez pas la queue ? Allez derrière, comme tout le monde !',
							'Can’t you see the queue? Get to the back, like everyone else!'
						),
						passive: t(
							'Euh… oui, bien sûr, allez-y. Posez votre article ici, je vous prends tout de suite.',
							'Um… yes, of course, go ahead. Put your item here, I’ll serve you right away.'
						),
						evasive: t(
							'Demandez aux gens derrière, moi je ne sais pas.',
							'Ask the people behind, I don’t know.'
						),
						subtle: [
							t(
								'D’accord, passez pour cette fois. La prochaine fois, faites la queue.',
								'All right, go ahead this time. Next time, please queue.'
							),
							'respect'
						]
					},
					branch
				),
				turn(
					'insiste',
					t(
						'Mais je suis très pressée ! Vous ne pouvez pas faire une exception ?',
						'But I’m in a real hurry! Can’t you make an exception?'
					),
					{
						assertive: t(
							'Non, je regrette. Il n’y a que deux personnes, ce sera vraiment rapide.',
							'No, I’m sorry. There are only two people, it will be really quick.'
						),
						aggressive: t(
							'Tout le monde est pressé ! Si ça ne vous plaît pas, partez.',
							'Everyone is in a hurry! If you don’t like it, leave.'
						),
						passive: t(
							'Bon, passez. Excusez-moi, messieurs-dames, elle est pressée.',
							'All right, go ahead. Sorry, everyone, she is in a hurry.'
						),
						evasive: t(
							'Je ne m’occupe pas de la file. Voyez avec l’accueil.',
							'I don’t handle the queue. Ask at the front desk.'
						),
						subtle: [
							t(
								'Non, madame. Les règles sont les mêmes pour tout le monde, même pour vous.',
								'No, madam. The rules are the same for everyone, even for you.'
							),
							'fermete'
						]
					}
				),
				turn(
					'profite',
					t(
						'Merci ! Ah, et vous me faites un paquet cadeau, vite ?',
						'Thanks! Oh, and can you gift-wrap it for me, quickly?'
					),
					{
						assertive: t(
							'Je vous encaisse, puis je sers ces personnes. Le paquet, c’est à l’accueil.',
							'I’ll ring it up, then serve these people. Gift-wrapping is at the front desk.'
						),
						aggressive: t(
							'Et puis quoi encore ? Vous êtes déjà passée devant tout le monde !',
							'What next? You already jumped ahead of everyone!'
						),
						passive: t(
							'Oui, bien sûr, je vous fais ça tout de suite.',
							'Yes, of course, I’ll do it right away.'
						),
						evasive: t(
							'Les paquets cadeaux, je ne sais pas faire. Il faudrait demander à quelqu’un d’autre.',
							'Gift-wrapping, I don’t know how. You’d have to ask someone else.'
						),
						subtle: [
							t(
								'D’accord, je vous le fais vite. Les autres personnes attendront une petite minute, ce n’est pas grave.',
								'All right, I’ll do it quickly. The other people will wait a minute, it’s no big deal.'
							),
							'respect'
						]
					}
				)
			]
		},
		{
			id: 'ordres-contradictoires',
			who: t('Une cheffe de rayon', 'An aisle supervisor'),
			turns: [
				turn(
					'open',
					t(
						'Laissez votre caisse et venez m’aider en réserve. C’est urgent.',
						'Leave your till and come help me in the stockroom. It’s urgent.'
					),
					{
						assertive: t(
							'Le gérant m’a demandé de rester en caisse. On l’appelle pour savoir ?',
							'The manager asked me to stay at the till. Shall we call him to check?'
						),
						aggressive: t(
							'Non ! Je ne vais pas tout lâcher chaque fois que vous avez besoin de quelqu’un.',
							'No! I’m not dropping everything every time you need someone.'
						),
						passive: t(
							'D’accord, j’arrive tout de suite. Je ferme la caisse, les clients iront à côté.',
							'All right, coming right away. I’ll close the till, the customers will go next door.'
						),
						evasive: t('Euh… je ne sais pas. On verra.', 'Um… I don’t know. We’ll see.'),
						subtle: [
							t(
								'Ce n’est pas vous qui décidez. Le gérant m’a dit de rester ici.',
								'You’re not the one who decides. The manager told me to stay here.'
							),
							'fermete'
						]
					},
					branch
				),
				turn(
					'insiste',
					t(
						'Le gérant n’est pas là ! C’est moi qui vous le demande. Dépêchez-vous !',
						'The manager isn’t here! I’m the one asking you. Hurry up!'
					),
					{
						assertive: t(
							'Il reste des clients. Je viens dès que la file est vide.',
							'There are still customers. I’ll come as soon as the queue is empty.'
						),
						aggressive: t(
							'Arrêtez de me presser comme ça ! Débrouillez-vous, ce n’est vraiment pas mon problème.',
							'Stop rushing me like that! Sort it out yourself, it’s really not my problem.'
						),
						passive: t(
							'Bon… Excusez-moi, messieurs-dames, je ferme la caisse. Allez à la caisse d’à côté.',
							'Well… Sorry, everyone, I’m closing this till. Please go to the next one.'
						),
						evasive: t(
							'Je ne sais pas quoi faire. Faites comme vous voulez.',
							'I don’t know what to do. Do as you like.'
						),
						subtle: [
							t(
								'D’accord, je viens cinq minutes. Les clients attendront un peu, ils comprendront.',
								'All right, I’ll come for five minutes. The customers will wait a bit, they’ll understand.'
							),
							'respect'
						]
					}
				),
				turn(
					'profite',
					t(
						'Parfait. Et après, vous restez aussi pour ranger toute la réserve.',
						'Perfect. And afterwards, you stay to tidy the whole stockroom too.'
					),
					{
						assertive: t(
							'Non, je retourne en caisse maintenant. C’est ce que le gérant m’a demandé.',
							'No, I’m going back to the till now. That’s what the manager asked me.'
						),
						aggressive: t(
							'Vous rigolez ? Je ne suis pas là pour faire votre travail. Rangez-la vous-même !',
							'Are you kidding? I’m not here to do your job. Tidy it yourself!'
						),
						passive: t(
							'Euh, oui, d’accord. Je reste le temps qu’il faut.',
							'Um, yes, all right. I’ll stay as long as it takes.'
						),
						evasive: t('Je ne sais pas. On verra bien.', 'I don’t know. We’ll see.'),
						subtle: [
							t(
								'D’accord, je reste pour ranger. Mais vous prévenez le gérant, s’il vous plaît.',
								'All right, I’ll stay and tidy. But please tell the manager.'
							),
							'respect'
						]
					}
				)
			]
		},
		{
			id: 'client-agressif',
			who: t('Un client en colère', 'An angry customer'),
			turns: [
				turn(
					'open',
					t(
						'(Il crie.) Je veux mon argent en liquide, tout de suite ! Vous vous moquez de moi ?',
						'(He shouts.) I want my money in cash, right now! Are you making fun of me?'
					),
					{
						assertive: t(
							'Je vous entends, monsieur. Le remboursement se fait sur la carte. Je m’en occupe.',
							'I hear you, sir. The refund goes back on the card. I’ll take care of it.'
						),
						aggressive: t(
							'Ne criez pas sur moi ! Ici, c’est sur la carte, un point c’est tout. Compris ?',
							'Don’t shout at me! Here, it goes on the card, full stop. Got it?'
						),
						passive: t(
							'Pardon, monsieur, pardon… Ne vous fâchez pas, je vous donne l’argent de la caisse.',
							'Sorry, sir, sorry… Don’t get angry, I’ll give you the money from the till.'
						),
						evasive: t(
							'Moi, je fais juste la caisse. Voyez avec l’accueil.',
							'I only work the till. Ask at the front desk.'
						),
						subtle: [
							t(
								'Crier ne sert à rien, vous savez. Ce sera sur la carte, comme pour les gens polis.',
								'Shouting won’t help, you know. It goes on the card, like for polite people.'
							),
							'fermete'
						]
					},
					branch
				),
				turn(
					'insiste',
					t(
						'Je veux voir votre chef ! Vous ne savez rien faire !',
						'I want to see your boss! You can’t do anything!'
					),
					{
						assertive: t(
							'Je l’appelle, vous pourrez lui parler. Il vous dira la même chose.',
							'I’ll call him, you can talk to him. He will tell you the same thing.'
						),
						aggressive: t(
							'Parlez-moi autrement, ou vous sortez du magasin ! Je n’ai pas à supporter ça.',
							'Talk to me differently, or you leave the shop! I don’t have to put up with this.'
						),
						passive: t(
							'Ne vous fâchez pas, monsieur… Je vous rembourse en liquide, d’accord ? Voilà.',
							'Don’t get angry, sir… I’ll refund you in cash, all right? There.'
						),
						evasive: t('(Vous haussez les épaules et vous partez.)', '(You shrug and walk away.)'),
						subtle: [
							t(
								'Bon, je vous donne le liquide, pour éviter les histoires. Mais c’est exceptionnel.',
								'All right, I’ll give you the cash, to avoid trouble. But it’s a one-off.'
							),
							'respect'
						]
					}
				),
				turn(
					'profite',
					t(
						'Ah, enfin ! Et ajoutez dix euros pour le dérangement.',
						'Finally! And add ten euros for the trouble.'
					),
					{
						assertive: t(
							'Ce sera le prix payé, pas plus, et sur votre carte. C’est la règle.',
							'It will be the price you paid, no more, and on your card. That’s the rule.'
						),
						aggressive: t(
							'Dix euros ? Vous vous moquez du monde ! Prenez votre argent et sortez d’ici !',
							'Ten euros? Who do you think you are? Take your money and get out of here!'
						),
						passive: t(
							'Bon… d’accord. Voilà dix euros de plus, et excusez-nous pour le dérangement.',
							'Well… all right. Here are ten more euros, and we’re sorry for the trouble.'
						),
						evasive: t(
							'Ça, je ne sais pas. Voyez avec quelqu’un d’autre.',
							'That, I don’t know. Ask someone else.'
						),
						subtle: [
							t(
								'Dix euros, je ne peux pas. Je vous fais un bon de cinq euros, ça vous va ?',
								'Ten euros, I can’t. I’ll give you a five-euro voucher, is that all right?'
							),
							'respect'
						]
					}
				)
			]
		},
		{
			id: 'tache-collegue',
			who: t('Un collègue', 'A colleague'),
			turns: [
				turn(
					'open',
					t(
						'Je te laisse mes étiquettes de prix à changer, d’accord ? J’ai autre chose à faire.',
						'I’m leaving you my price labels to change, OK? I have other things to do.'
					),
					{
						assertive: t(
							'J’ai déjà mon rayon à faire. Par contre, demain matin, je peux t’aider.',
							'I already have my aisle to do. But tomorrow morning, I can help you.'
						),
						aggressive: t(
							'Fais ton travail toi-même, pour une fois ! Je ne suis pas là pour ça.',
							'Do your own work, for once! That’s not what I’m here for.'
						),
						passive: t(
							'Euh… d’accord, laisse-les là. Je m’en occupe après mon rayon, pas de souci.',
							'Um… all right, leave them there. I’ll do it after my aisle, no problem.'
						),
						evasive: t('Je ne sais pas… On verra plus tard.', 'I don’t know… We’ll see later.'),
						subtle: [
							t(
								'D’accord, je les fais pour cette fois. Mais c’est la dernière.',
								'All right, I’ll do them this time. But it’s the last time.'
							),
							'respect'
						]
					},
					branch
				),
				turn(
					'insiste',
					t(
						'Allez, sois sympa. Toi, ça te prend dix minutes.',
						'Come on, be nice. For you, it takes ten minutes.'
					),
					{
						assertive: t(
							'Je n’ai pas ces dix minutes. Demande au chef qui peut t’aider.',
							'I don’t have those ten minutes. Ask the boss who can help you.'
						),
						aggressive: t(
							'Sympa ? Arrête de te moquer de moi, tu veux ! Tu me fais toujours le coup.',
							'Nice? Stop making fun of me, will you! You always pull this on me.'
						),
						passive: t(
							'Bon, bon, d’accord. Je vais me débrouiller pour les faire avant ce soir.',
							'OK, OK, fine. I’ll manage to do them before tonight.'
						),
						evasive: t(
							'Hmm… Je ne sais pas. Demande à quelqu’un d’autre.',
							'Hmm… I don’t know. Ask someone else.'
						),
						subtle: [
							t(
								'Non. Si tu t’organisais mieux, tu n’aurais pas besoin des autres.',
								'No. If you organised yourself better, you wouldn’t need others.'
							),
							'fermete'
						]
					}
				),
				turn(
					'profite',
					t(
						'Merci ! Et pendant que tu y es, tu fermes aussi la réserve ce soir ?',
						'Thanks! And while you’re at it, will you lock the stockroom tonight too?'
					),
					{
						assertive: t(
							'Attends. Finalement, je n’ai pas le temps : je te rends tes étiquettes.',
							'Wait. In the end, I don’t have time: I’m giving your labels back.'
						),
						aggressive: t(
							'Et quoi encore ? Tu ne fais plus rien, toi ! Tu me prends pour qui ?',
							'What next? You don’t do anything anymore! Who do you take me for?'
						),
						passive: t(
							'D’accord, je ferme aussi la réserve ce soir. Pas de souci, vas-y.',
							'All right, I’ll lock the stockroom tonight too. No problem, off you go.'
						),
						evasive: t(
							'Je ne sais pas si je serai là. On verra.',
							'I don’t know if I’ll be here. We’ll see.'
						),
						subtle: [
							t(
								'D’accord pour ce soir. Mais demain, tu fais ta part, promis ?',
								'All right for tonight. But tomorrow, you do your share, promise?'
							),
							'respect'
						]
					}
				)
			]
		}
	]
};

const industrie: ScenarioContent = {
	place: 'workshop',
	consigne: [
		t('Vous travaillez dans un atelier.', 'You work in a workshop.'),
		t(
			'Parfois, quelqu’un vous pousse à faire une chose qui n’est pas permise, ou pas sûre.',
			'Sometimes, someone pushes you to do something that is not allowed, or not safe.'
		),
		tapToHear,
		noTrick
	],
	practice: [
		{
			who: t('Un collègue', 'A colleague'),
			other: t(
				'Viens, on passe par la zone interdite. C’est plus court.',
				'Come on, let’s cut through the no-entry zone. It’s shorter.'
			),
			replies: [
				{
					text: t(
						'Non, je fais le tour par l’allée. C’est plus sûr.',
						'No, I’ll go round by the walkway. It’s safer.'
					),
					best: true
				},
				{ text: t('D’accord, je te suis.', 'All right, I’ll follow you.') },
				{
					text: t('Tu n’as rien dans la tête, ou quoi ?', 'Is there nothing in your head, or what?')
				}
			],
			why: t(
				'Vous restez calme, et vous respectez la règle de sécurité.',
				'You stay calm, and you keep to the safety rule.'
			)
		},
		{
			who: t('Une collègue', 'A colleague'),
			other: t(
				'Tu me prêtes ton badge ? J’ai oublié le mien.',
				'Can you lend me your badge? I forgot mine.'
			),
			replies: [
				{ text: t('Oui, tiens, prends-le.', 'Yes, here, take it.') },
				{ text: t('Euh… je ne sais pas où il est.', 'Um… I don’t know where it is.') },
				{
					text: t(
						'Non, mon badge est personnel. L’accueil peut t’en donner un pour la journée.',
						'No, my badge is personal. The front desk can give you one for the day.'
					),
					best: true
				}
			],
			why: t(
				'Vous dites non calmement, et vous donnez une solution.',
				'You say no calmly, and you give a solution.'
			)
		}
	],
	scenes: [
		{
			id: 'lunettes-securite',
			who: t('Un collègue', 'A colleague'),
			turns: [
				turn(
					'open',
					t(
						'Pas la peine de mettre les lunettes. C’est juste deux minutes à la meuleuse.',
						'No need to put the goggles on. It’s just two minutes on the grinder.'
					),
					{
						assertive: t(
							'Deux minutes suffisent pour un accident. Je les mets, ça prend dix secondes.',
							'Two minutes is enough for an accident. I’ll put them on, it takes ten seconds.'
						),
						aggressive: t(
							'Non mais tu dis n’importe quoi ! Réfléchis un peu avant de parler, pour une fois.',
							'Honestly, you’re talking nonsense! Think a bit before you speak, for once.'
						),
						passive: t(
							'Bon, d’accord, si c’est juste deux minutes. Je fais vite, sans les lunettes.',
							'Well, all right, if it’s just two minutes. I’ll be quick, without the goggles.'
						),
						evasive: t('Je ne sais pas… Fais comme tu veux.', 'I don’t know… Do as you like.'),
						subtle: [
							t(
								'Les lunettes sont obligatoires. Il n’y a que les amateurs qui s’en passent.',
								'Goggles are compulsory. Only amateurs go without them.'
							),
							'fermete'
						]
					},
					branch
				),
				turn(
					'insiste',
					t(
						'Allez, le chef n’est pas là. Personne ne verra rien.',
						'Come on, the boss isn’t here. Nobody will see anything.'
					),
					{
						assertive: t(
							'Ce n’est pas pour le chef : c’est pour mes yeux. Je les garde.',
							'It’s not for the boss: it’s for my eyes. I’m keeping them on.'
						),
						aggressive: t(
							'Tu me fatigues ! Occupe-toi de ton travail et laisse-moi tranquille, d’accord ?',
							'You’re wearing me out! Mind your own work and leave me alone, OK?'
						),
						passive: t(
							'Tu as raison, on perd du temps. Je les enlève.',
							'You’re right, we’re wasting time. I’ll take them off.'
						),
						evasive: t(
							'Je vais boire un café. On verra après.',
							'I’m going for a coffee. We’ll see afterwards.'
						),
						subtle: [
							t(
								'D’accord, juste pour cette pièce. Pour les autres, je les remets.',
								'All right, just for this part. For the others, I’ll put them back on.'
							),
							'respect'
						]
					}
				),
				turn(
					'profite',
					t(
						'Voilà ! Et enlève les gants aussi, on ira plus vite.',
						'There you go! And take the gloves off too, we’ll go faster.'
					),
					{
						assertive: t(
							'J’ai changé d’avis : je remets mes lunettes, et je garde mes gants.',
							'I’ve changed my mind: I’m putting my goggles back on, and keeping my gloves.'
						),
						aggressive: t(
							'Arrête avec tes idées ! Tu veux qu’on se blesse, ou quoi ?',
							'Stop with your ideas! Do you want us to get hurt, or what?'
						),
						passive: t(
							'D’accord, j’enlève aussi les gants. Tu as raison, on ira plus vite.',
							'All right, I’ll take the gloves off too. You’re right, we’ll go faster.'
						),
						evasive: t('Je ne sais pas. Ça m’est égal.', 'I don’t know. I don’t mind.'),
						subtle: [
							t(
								'J’enlève les gants, mais je fais très attention à mes mains. Promis.',
								'I’ll take the gloves off, but I’ll be very careful with my hands. Promise.'
							),
							'respect'
						]
					}
				)
			]
		},
		{
			id: 'consignation-machine',
			who: t('Le chef d’équipe', 'The team leader'),
			turns: [
				turn(
					'open',
					t(
						'La machine est bloquée. Débloque-la vite, pas besoin de la couper ni de mettre le cadenas.',
						'The machine is jammed. Clear it quickly, no need to switch it off or put the padlock on.'
					),
					{
						assertive: t(
							'Je coupe et je mets mon cadenas d’abord. Après, je la débloque.',
							'I’ll switch off and put my padlock on first. Then I’ll clear it.'
						),
						aggressive: t(
							'Vous voulez que j’y laisse la main ? Non, je la coupe, c’est tout !',
							'Do you want me to lose my hand? No, I’m switching it off, that’s all!'
						),
						passive: t(
							'D’accord, chef. J’y vais tout de suite, sans couper. Ce sera plus rapide.',
							'All right, boss. I’ll go in right away, without switching off. It’ll be quicker.'
						),
						evasive: t(
							'Je ne sais pas faire ça. Demandez à un autre.',
							'I don’t know how to do that. Ask someone else.'
						),
						subtle: [
							t(
								'Je la coupe, chef. Vous devriez relire les règles de sécurité, je crois.',
								'I’m switching it off, boss. You should read the safety rules again, I think.'
							),
							'fermete'
						]
					},
					branch
				),
				turn(
					'insiste',
					t(
						'On n’a pas le temps ! Toute la ligne attend. Fais ce que je te dis.',
						'We don’t have time! The whole line is waiting. Do what I tell you.'
					),
					{
						assertive: t(
							'Je sais que c’est urgent. Le cadenas, c’est deux minutes.',
							'I know it’s urgent. The padlock takes two minutes.'
						),
						aggressive: t(
							'Criez tant que vous voulez ! Sans cadenas, je ne touche à rien.',
							'Shout all you like! Without the padlock, I don’t touch anything.'
						),
						passive: t(
							'Bon… d’accord. Vous êtes le chef, je fais comme vous dites.',
							'Well… all right. You’re the boss, I’ll do as you say.'
						),
						evasive: t(
							'Je ne sais pas… Je vais chercher quelqu’un.',
							'I don’t know… I’ll go and find someone.'
						),
						subtle: [
							t(
								'Je fais vite, sans cadenas, mais vous restez près du bouton d’arrêt.',
								'I’ll be quick, without the padlock, but you stay by the stop button.'
							),
							'respect'
						]
					}
				),
				turn(
					'profite',
					t(
						'Bien. Et pendant que tu y es, enlève la protection. Ça ira plus vite la prochaine fois.',
						'Good. And while you’re at it, take the guard off. It’ll be quicker next time.'
					),
					{
						assertive: t(
							'Non, la protection reste. Je coupe la machine et je mets mon cadenas.',
							'No, the guard stays. I’m switching the machine off and putting my padlock on.'
						),
						aggressive: t(
							'Ça ne va pas, non ? Jamais je n’enlève ça ! Vous voulez un accident ?',
							'Are you out of your mind? I’ll never take that off! Do you want an accident?'
						),
						passive: t(
							'D’accord, je l’enlève tout de suite. Vous avez raison, c’est plus pratique.',
							'All right, I’ll take it off right away. You’re right, it’s handier.'
						),
						evasive: t(
							'Ça, c’est la maintenance. Voyez avec eux.',
							'That’s for maintenance. Check with them.'
						),
						subtle: [
							t(
								'Je l’enlève juste aujourd’hui, et je la remets demain matin.',
								'I’ll take it off just for today, and put it back tomorrow morning.'
							),
							'respect'
						]
					}
				)
			]
		},
		{
			id: 'signature-livraison',
			who: t('Un livreur pressé', 'A delivery driver in a hurry'),
			turns: [
				turn(
					'open',
					t(
						'Signez ici, vite. Pas besoin de compter, tout y est.',
						'Sign here, quick. No need to count, it’s all there.'
					),
					{
						assertive: t(
							'Je compte d’abord les colis. Ça va vite, et après je signe.',
							'I’ll count the parcels first. It’s quick, and then I’ll sign.'
						),
						aggressive: t(
							'Non, je signe quand je veux ! Ce n’est pas vous le patron ici.',
							'No, I sign when I want! You’re not the boss here.'
						),
						passive: t(
							'D’accord, je signe tout de suite. Je ne veux pas vous retarder.',
							'All right, I’ll sign right away. I don’t want to hold you up.'
						),
						evasive: t(
							'Je ne sais pas. Attendez le chef, il est quelque part.',
							'I don’t know. Wait for the boss, he’s somewhere around.'
						),
						subtle: [
							t(
								'Bon, je vous fais confiance. Je signe, et je compterai après.',
								'All right, I trust you. I’ll sign, and I’ll count later.'
							),
							'respect'
						]
					},
					branch
				),
				turn(
					'insiste',
					t(
						'J’ai encore vingt livraisons ! Si je suis en retard, ce sera votre faute.',
						'I still have twenty deliveries! If I’m late, it’ll be your fault.'
					),
					{
						assertive: t(
							'Je comprends. Aidez-moi à compter, ce sera plus rapide.',
							'I understand. Help me count, it’ll be faster.'
						),
						aggressive: t(
							'Ce n’est pas mon problème ! Attendez, ou repartez avec vos cartons.',
							'That’s not my problem! Wait, or leave with your boxes.'
						),
						passive: t(
							'Pardon, je ne veux pas vous mettre en retard. Je signe.',
							'Sorry, I don’t want to make you late. I’ll sign.'
						),
						evasive: t(
							'(Vous partez chercher quelqu’un, sans rien dire.)',
							'(You walk off to find someone, without a word.)'
						),
						subtle: [
							t(
								'Je compte, monsieur. Si vous étiez mieux organisé, vous ne seriez pas en retard.',
								'I’m counting, sir. If you were better organised, you wouldn’t be late.'
							),
							'fermete'
						]
					}
				),
				turn(
					'profite',
					t(
						'Merci. Signez aussi ce bon de retour, je le remplirai plus tard.',
						'Thanks. Sign this return slip too, I’ll fill it in later.'
					),
					{
						assertive: t(
							'Non, pas un papier vide. Et finalement, je compte la livraison.',
							'No, not a blank paper. And after all, I’m counting the delivery.'
						),
						aggressive: t(
							'Un papier vide ? Vous me prenez pour qui ? Sûrement pas, oubliez ça tout de suite !',
							'A blank paper? Who do you take me for? Certainly not, forget it right now!'
						),
						passive: t(
							'D’accord, je signe là. Vous le remplirez plus tard, pas de problème.',
							'All right, I’ll sign here. You’ll fill it in later, no problem.'
						),
						evasive: t(
							'Je ne connais pas ce papier. Voyez avec le bureau.',
							'I don’t know this paper. Check with the office.'
						),
						subtle: [
							t(
								'Je le signe, mais vous m’envoyez une copie remplie ce soir.',
								'I’ll sign it, but you send me a filled-in copy tonight.'
							),
							'respect'
						]
					}
				)
			]
		},
		{
			id: 'charge-chariot',
			who: t('Un collègue', 'A colleague'),
			turns: [
				turn(
					'open',
					t(
						'Prends les trois palettes d’un coup sur le chariot. Ça ira plus vite.',
						'Take the three pallets at once on the forklift. It’ll be faster.'
					),
					{
						assertive: t(
							'C’est trop lourd pour le chariot. J’en prends deux, et je reviens.',
							'That’s too heavy for the forklift. I’ll take two and come back.'
						),
						aggressive: t(
							'Et si tout tombe, c’est toi qui ramasses ? Certainement pas !',
							'And if it all falls, are you picking it up? Certainly not!'
						),
						passive: t(
							'D’accord, je les prends toutes les trois.',
							'All right, I’ll take all three.'
						),
						evasive: t(
							'Je ne sais pas combien il porte. Fais comme tu veux.',
							'I don’t know how much it carries. Do as you like.'
						),
						subtle: [
							t(
								'D’accord, les trois. Mais je roule très doucement, par sécurité.',
								'All right, all three. But I’ll drive very slowly, to be safe.'
							),
							'respect'
						]
					},
					branch
				),
				turn(
					'insiste',
					t(
						'Tu perds du temps pour rien. Les autres le font tous les jours.',
						'You’re wasting time for nothing. The others do it every day.'
					),
					{
						assertive: t(
							'Peut-être, mais pas moi. Deux voyages, c’est cinq minutes de plus.',
							'Maybe, but not me. Two trips is five more minutes.'
						),
						aggressive: t(
							'Non ! Les autres font ce qu’ils veulent. Toi, arrête de me pousser !',
							'No! The others do what they want. You, stop pushing me!'
						),
						passive: t(
							'Bon, si tout le monde le fait… Je les charge.',
							'Well, if everyone does it… I’ll load them.'
						),
						evasive: t(
							'Bon… Moi, je vais faire autre chose.',
							'Well… I’m going to do something else.'
						),
						subtle: [
							t(
								'Les autres, c’est leur affaire. Moi, je ne travaille pas n’importe comment, comme eux.',
								'The others are their own business. I don’t work any old how, like them.'
							),
							'fermete'
						]
					}
				),
				turn(
					'profite',
					t(
						'Bien. Et lève-moi sur les fourches, je vais attraper un carton en haut.',
						'Good. And lift me up on the forks, I’ll grab a box up top.'
					),
					{
						assertive: t(
							'Non, personne sur les fourches. Prends l’escabeau, c’est plus sûr.',
							'No, nobody on the forks. Use the stepladder, it’s safer.'
						),
						aggressive: t(
							'Ça ne va pas, non ? Descends de là tout de suite !',
							'Are you crazy? Get down from there right now!'
						),
						passive: t(
							'D’accord, monte. Je te lève doucement, accroche-toi bien.',
							'All right, climb on. I’ll lift you gently, hold on tight.'
						),
						evasive: t(
							'Je ne sais pas… Demande à quelqu’un d’autre.',
							'I don’t know… Ask someone else.'
						),
						subtle: [
							t(
								'Juste un peu, alors, pas trop haut. Et tiens-toi bien aux montants.',
								'Just a little, then, not too high. And hold on to the uprights.'
							),
							'respect'
						]
					}
				)
			]
		},
		{
			id: 'pieces-defaut',
			who: t('Le chef d’équipe', 'The team leader'),
			turns: [
				turn(
					'open',
					t(
						'Ces pièces ont un petit défaut. Mets-les quand même dans le carton, on est en retard.',
						'These parts have a small defect. Put them in the box anyway, we’re behind.'
					),
					{
						assertive: t(
							'Je les mets de côté, elles ont un défaut. Je vous aide pour le retard.',
							'I’ll set them aside, they have a defect. I’ll help you catch up.'
						),
						aggressive: t(
							'Sûrement pas ! Mettez-les vous-même, si vous cherchez des ennuis avec le client.',
							'No way! Put them in yourself, if you’re looking for trouble with the customer.'
						),
						passive: t(
							'Bien, chef. Je les mets dans le carton avec les autres.',
							'OK, boss. I’ll put them in the box with the others.'
						),
						evasive: t(
							'Faites ce que vous voulez, moi je ne sais pas.',
							'Do what you want, I don’t know.'
						),
						subtle: [
							t(
								'Je les mets, mais je le note dans mon cahier, au cas où.',
								'I’ll put them in, but I’ll write it in my notebook, just in case.'
							),
							'respect'
						]
					},
					branch
				),
				turn(
					'insiste',
					t(
						'Le client ne verra rien. Et c’est moi le chef, c’est moi qui décide.',
						'The customer won’t notice. And I’m the boss, I’m the one who decides.'
					),
					{
						assertive: t(
							'Vous décidez, oui. Mais pas pour ces pièces. On appelle le contrôle qualité ?',
							'You decide, yes. But not about these parts. Shall we call quality control?'
						),
						aggressive: t(
							'Chef ou pas, je ne vais pas tricher pour vous ! Débrouillez-vous avec le client.',
							'Boss or not, I won’t cheat for you! Deal with the customer yourself.'
						),
						passive: t(
							'Vous avez raison, c’est vous qui décidez. Je les mets dans le carton.',
							'You’re right, you decide. I’ll put them in the box.'
						),
						evasive: t(
							'Je ne veux pas d’histoires. Je ne dis rien.',
							'I don’t want any trouble. I’m not saying anything.'
						),
						subtle: [
							t(
								'Décider, oui. Mais décider correctement, ce serait mieux. Je ne les mets pas.',
								'Deciding, yes. But deciding properly would be better. I’m not putting them in.'
							),
							'fermete'
						]
					}
				),
				turn(
					'profite',
					t(
						'Très bien. Et signe la fiche de contrôle : tout est bon.',
						'Very good. And sign the check sheet: everything is fine.'
					),
					{
						assertive: t(
							'Je ne peux pas signer ça. Je ressors les pièces abîmées du carton.',
							'I can’t sign that. I’m taking the damaged parts back out of the box.'
						),
						aggressive: t(
							'Signer ça ? Vous me prenez pour un imbécile ! Signez-la vous-même, votre fiche !',
							'Sign that? You take me for a fool! Sign your sheet yourself!'
						),
						passive: t(
							'D’accord, je signe la fiche. C’est vous qui savez, après tout.',
							'All right, I’ll sign the sheet. You know best, after all.'
						),
						evasive: t(
							'Je ne sais pas remplir ces fiches. Demandez à un autre.',
							'I don’t know how to fill in these sheets. Ask someone else.'
						),
						subtle: [
							t(
								'Je signe. Mais la prochaine fois, on trie les pièces avant, d’accord ?',
								'I’ll sign. But next time, we sort the parts first, OK?'
							),
							'respect'
						]
					}
				)
			]
		}
	]
};

export const AFFIRMER_THEMES = ['commerce', 'industrie'] as const;
export type AffirmerTheme = (typeof AFFIRMER_THEMES)[number];

/** The content of each theme, the first being the default. */
const CONTENT = { commerce, industrie } satisfies Record<AffirmerTheme, ScenarioContent>;

export function themeContent(theme: AffirmerTheme): ScenarioContent {
	return CONTENT[theme];
}

export const ALL_CONTENT: readonly ScenarioContent[] = Object.values(CONTENT);

export { CONTENT };
