import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Table types. Conventions that keep one code path for SQLite and PostgreSQL:
 * ids are text (random UUIDs), timestamps are ISO-8601 UTC text (sortable), booleans are
 * integers 0/1, JSON is text validated with zod when read back.
 */
type Timestamp = string;
type Json = string;
/** A column the database fills with its default when an insert leaves it out. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** Nullable, and optional on insert. */
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;
type Flag = Defaulted<number>;

export interface AgencyTable {
	id: string;
	name: string;
	created_at: Timestamp;
}

export interface CompanyTable {
	id: string;
	agency_id: string;
	name: string;
	created_at: Timestamp;
}

export interface UserTable {
	id: string;
	email: string;
	name: string;
	role: 'admin' | 'adviser' | 'employer';
	password_hash: string;
	agency_id: string | null;
	company_id: string | null;
	locale: Defaulted<'fr' | 'en'>;
	disabled_at: Optional<Timestamp>;
	created_at: Timestamp;
}

export interface LoginSessionTable {
	/** SHA-256 of the cookie token: a database leak does not leak usable sessions. */
	id: string;
	user_id: string;
	created_at: Timestamp;
	expires_at: Timestamp;
}

export interface LoginThrottleTable {
	/** e.g. `email:someone@example.org` or `ip:127.0.0.1`. */
	key: string;
	failures: number;
	window_started_at: Timestamp;
	blocked_until: Timestamp | null;
}

/** Requests counted per key (a kiosk and a kind of request) in a fixed window. */
export interface RequestRateTable {
	/** e.g. `events:<attemptId>`. */
	key: string;
	window_started_at: Timestamp;
	hits: number;
}

export interface CampaignTable {
	id: string;
	agency_id: string;
	company_id: string;
	adviser_id: string;
	job_title: string;
	rome_code: string | null;
	posts: number;
	contract_type: 'cdi' | 'cdd' | 'interim' | 'alternance';
	place: string;
	status: Defaulted<'draft' | 'calibration' | 'open' | 'closed'>;
	created_at: Timestamp;
	updated_at: Timestamp;
	/** The adviser chose to show employers raw scores, not only levels. */
	share_scores: Flag;
}

export interface CampaignHabileteTable {
	campaign_id: string;
	habilete: string;
	note: string;
	position: number;
}

export interface BatteryVersionTable {
	id: string;
	campaign_id: string;
	version: number;
	/** The battery rule (all thresholds, or eliminatory + mean), JSON. */
	rule: Json;
	/** Optimistic concurrency: bumped on every threshold change. */
	lock_version: Defaulted<number>;
	frozen_at: Optional<Timestamp>;
	/** The adviser who validated the calibration. */
	frozen_by: Optional<string>;
	created_at: Timestamp;
}

export interface BatteryExerciseTable {
	id: string;
	battery_version_id: string;
	position: number;
	exercise_id: string;
	exercise_version: number;
	habilete: string;
	config: Json;
	threshold: Optional<number>;
	threshold_method: Optional<string>;
	threshold_reason: Optional<string>;
	eliminatory: Flag;
	/** Kept when the battery is frozen: the score's maximum, its SEM and the employees' number. */
	max_score: Optional<number>;
	sem: Optional<number>;
	calibration_n: Optional<number>;
	/** Kept when frozen too: the employees' mean, SD and lowest score (z-score rule, frozen view). */
	calibration_mean: Optional<number>;
	calibration_sd: Optional<number>;
	calibration_min: Optional<number>;
	/** Why the adviser keeps a threshold that nobody fails (required to freeze one). */
	pass_all_reason: Optional<string>;
	/** Kept when frozen: the conditional SEM at the threshold (the uncertainty zone's width). */
	cut_sem: Optional<number>;
}

export interface PersonTable {
	id: string;
	campaign_id: string;
	kind: 'candidate' | 'calibration';
	/** Pseudonymous code shown in results and reports instead of a name. */
	code: string;
	supervisor_rating: 'confirme' | 'en-progression' | null;
	created_at: Timestamp;
	/** `two-years`: the person agreed to keep their results to be proposed for other jobs. */
	retention: Defaulted<'standard' | 'two-years'>;
	retention_at: Optional<Timestamp>;
}

/** A candidate's identity, kept apart from results; employees have none. */
export interface IdentityTable {
	person_id: string;
	first_name: string;
	last_name: string;
	phone: string | null;
	email: string | null;
	/** The email as matched for retests (`retests/contact.ts`): trimmed, lower case. */
	email_key: Optional<string>;
	/** The phone as matched for retests: international form, `+33…` for French numbers. */
	phone_key: Optional<string>;
}

export interface AttemptTable {
	id: string;
	person_id: string;
	battery_version_id: string;
	kind: 'candidate' | 'calibration';
	kiosk_code: string;
	/** SHA-256 of the token of the kiosk the attempt is bound to (the last one the code opened). */
	kiosk_token_hash: Optional<string>;
	/** Display preferences chosen on the kiosk (text size, contrast, speech, language), JSON. */
	preferences: Optional<Json>;
	accommodations: Json;
	consent: Defaulted<'pending' | 'accepted' | 'refused'>;
	consent_at: Optional<Timestamp>;
	status: Defaulted<'pending' | 'in-progress' | 'finished' | 'refused'>;
	created_at: Timestamp;
	started_at: Optional<Timestamp>;
	finished_at: Optional<Timestamp>;
	/** The candidate session (null for calibrating employees). */
	session_id: Optional<string>;
	/** Set while the adviser has paused this person (the time does not run). */
	paused_at: Optional<Timestamp>;
	/** Time spent paused so far, added to the running exercise's deadline on resume. */
	paused_ms: Defaulted<number>;
	/** SHA-256 of the device cookie of the tablet the code was last opened on. */
	kiosk_device_hash: Optional<string>;
	/** Times the code was opened on another tablet while one had it (the adviser sees them). */
	kiosk_takeovers: Defaulted<number>;
	kiosk_taken_over_at: Optional<Timestamp>;
	/** Registered within the retest interval: the adviser's reason for overriding it. */
	retest_override: Optional<string>;
}

/** A group sitting of candidates on a frozen battery version. */
export interface SessionTable {
	id: string;
	campaign_id: string;
	battery_version_id: string;
	/** ISO 8601 instant (UTC); shown in the agency's time zone. */
	starts_at: Timestamp;
	place: string;
	capacity: number;
	status: Defaulted<'planned' | 'closed'>;
	created_by: string;
	created_at: Timestamp;
	closed_at: Optional<Timestamp>;
}

export interface RunTable {
	id: string;
	attempt_id: string;
	battery_exercise_id: string;
	position: number;
	status: Defaulted<'pending' | 'running' | 'finished'>;
	kiosk_id: Optional<string>;
	started_at: Optional<Timestamp>;
	deadline_at: Optional<Timestamp>;
	finished_at: Optional<Timestamp>;
	/** The next seq the server expects (highest contiguous stored + 1). */
	next_seq: Defaulted<number>;
	/** Seed drawn at creation: with `config`, it rebuilds the run's items for scoring. */
	seed: number;
	/** The exercise config the run was created with (JSON). */
	config: Json;
	/**
	 * The exercise's form rule when the run was created (`ExerciseServer.formVersion`): with the
	 * seed and config, it rebuilds the very items the run showed. Null: created before the
	 * column, the first rule.
	 */
	form_version: Optional<number>;
	/** Run-clock time at which the timed part started (from the kiosk's log). */
	epreuve_t: Optional<number>;
	/** How long the adviser paused the timed part (server clock, ms); see lateness.ts. */
	paused_ms: Defaulted<number>;
	last_contact_at: Optional<Timestamp>;
	/** The phase the run is in: the data of its latest `phase.started`, kept by the run log. */
	phase: Optional<string>;
	/** The type of the run's latest event, kept by the run log (the monitor's inactivity alert). */
	last_event_type: Optional<string>;
}

export interface RunEventTable {
	run_id: string;
	seq: number;
	/** Milliseconds since the run started, on the kiosk's performance.now() clock. */
	t: number;
	type: string;
	data: Json;
	received_at: Timestamp;
	/**
	 * 0 on time; 1 late (after the deadline on the kiosk's clock, or received past the offline
	 * allowance): stored, ignored by scoring; 2 received after the deadline's grace while the
	 * kiosk's clock put it on time (an offline kiosk, or a clock not to trust): scored, flagged.
	 * See `runs/lateness.ts`.
	 */
	late: Flag;
}

export interface ScoreTable {
	run_id: string;
	exercise_id: string;
	exercise_version: number;
	raw: number;
	max: number;
	subscores: Json;
	items: Json;
	flags: Json;
	computed_at: Timestamp;
}

export interface DecisionTable {
	id: string;
	attempt_id: string;
	decision: 'present' | 'not-present';
	reason: string | null;
	note: string | null;
	decided_by: string;
	decided_at: Timestamp;
}

export interface OutcomeTable {
	id: string;
	attempt_id: string;
	outcome: 'hired' | 'not-retained' | 'withdrew';
	details: Json;
	recorded_by: string;
	recorded_at: Timestamp;
}

/** The employer's motivation interview with a shortlisted candidate (one, rescheduled in place). */
export interface InterviewTable {
	attempt_id: string;
	starts_at: Timestamp;
	place: string;
	scheduled_by: string;
	scheduled_at: Timestamp;
}

export interface TutorTable {
	attempt_id: string;
	name: string;
	role: string;
	named_by: string;
	named_at: Timestamp;
}

/** A follow-up check-point after hiring, answered once by each side. */
export interface CheckpointTable {
	attempt_id: string;
	day: 7 | 30 | 90;
	respondent: 'employer' | 'adviser';
	answer: 'ok' | 'difficulty';
	note: string | null;
	answered_by: string;
	answered_at: Timestamp;
}

export interface ContractBreakTable {
	attempt_id: string;
	/** ISO date (YYYY-MM-DD). */
	ended_on: string;
	reason: string;
	note: string | null;
	recorded_by: string;
	recorded_at: Timestamp;
}

/** Reporting codes: selected (presented), hired, entry into training. */
export interface PlacementTable {
	attempt_id: string;
	code: 'selected' | 'hired' | 'training';
	recorded_by: string | null;
	recorded_at: Timestamp;
}

export interface AuditLogTable {
	id: string;
	at: Timestamp;
	actor_id: string | null;
	action: string;
	subject_type: string;
	subject_id: string | null;
	details: Json;
}

/**
 * What the retention purge keeps of the candidates it deletes (counts only), per campaign,
 * exercise id (or `battery`), dimension and group: see `server/fairness/archive.ts`.
 */
export interface FairnessAggregateTable {
	campaign_id: string;
	exercise: string;
	dimension: 'time' | 'spoken' | 'language';
	grp: string;
	tested: number;
	passed: number;
	updated_at: Timestamp;
}

export interface Database {
	agencies: AgencyTable;
	companies: CompanyTable;
	users: UserTable;
	login_sessions: LoginSessionTable;
	login_throttle: LoginThrottleTable;
	request_rates: RequestRateTable;
	campaigns: CampaignTable;
	campaign_habiletes: CampaignHabileteTable;
	battery_versions: BatteryVersionTable;
	battery_exercises: BatteryExerciseTable;
	persons: PersonTable;
	identities: IdentityTable;
	attempts: AttemptTable;
	sessions: SessionTable;
	runs: RunTable;
	run_events: RunEventTable;
	scores: ScoreTable;
	decisions: DecisionTable;
	outcomes: OutcomeTable;
	audit_log: AuditLogTable;
	interviews: InterviewTable;
	tutors: TutorTable;
	checkpoints: CheckpointTable;
	contract_breaks: ContractBreakTable;
	placements: PlacementTable;
	fairness_aggregates: FairnessAggregateTable;
}

export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type Campaign = Selectable<CampaignTable>;
export type NewCampaign = Insertable<CampaignTable>;
export type CampaignUpdate = Updateable<CampaignTable>;
