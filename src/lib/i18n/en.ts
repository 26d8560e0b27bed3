import type { MessageKey } from './fr';

/** The English catalogue: must hold every key of the French one. */
export const en: Record<MessageKey, string> = {
	'app.name': 'Habile',
	'app.tagline': 'Recruiting people on what they can do',
	'app.skip': 'Skip to content',
	'app.language': 'Language',
	'app.language.fr': 'Français',
	'app.language.en': 'English',

	'nav.campaigns': 'Campaigns',
	'nav.admin': 'Administration',
	'nav.employer': 'My recruitments',
	'nav.logout': 'Log out',
	'nav.signedInAs': 'Signed in: {name}',

	'role.admin': 'Administration',
	'role.adviser': 'Adviser',
	'role.employer': 'Employer',

	'home.title': 'Welcome to Habile',
	'home.lead':
		'Habile recruits without CVs: candidates show what they can do, on a tablet, in exercises close to the job.',
	'home.staff': 'Staff area',
	'home.kiosk': 'I am taking the exercises',

	'login.title': 'Log in',
	'login.email': 'Email address',
	'login.password': 'Password',
	'login.submit': 'Log in',
	'login.failed': 'Wrong email address or password.',
	'login.throttled': 'Too many attempts. Try again in {minutes} min.',
	'login.loggedOut': 'You are logged out.',

	'logout.title': 'Log out',
	'logout.confirm': 'Do you want to log out?',

	'form.required': 'This field is required.',
	'form.email.invalid': 'This email address is not valid.',
	'form.email.taken': 'An account already exists with this address.',
	'form.password.short': 'The password must be at least 12 characters long.',
	'form.password.mismatch': 'The two passwords are not the same.',
	'form.tooLong': 'This text is too long.',
	'form.invalid': 'This value is not valid.',
	'form.choose': 'Choose a value from the list.',
	'form.company.required': 'An employer account must belong to a company.',
	'form.agency.required': 'An adviser account must belong to an agency.',
	'form.hasErrors': 'The form has errors. Correct the fields shown.',
	'form.saved': 'Saved.',

	'error.title': 'Error',
	'error.403': 'You do not have access to this page.',
	'error.404': 'This page does not exist.',
	'error.500': 'Something went wrong. Try again in a moment.',
	'error.back': 'Back to the home page',

	'adviser.title': 'Adviser area',
	'adviser.campaigns.title': 'My campaigns',
	'adviser.campaigns.empty': 'No campaign yet.',
	'adviser.campaigns.company': 'Company',
	'adviser.campaigns.job': 'Job',
	'adviser.campaigns.posts': 'Posts',
	'adviser.campaigns.place': 'Place',
	'adviser.campaigns.status': 'Status',
	'adviser.campaigns.habiletes': 'Abilities',
	'adviser.campaign.analysis': 'Job analysis',
	'adviser.campaign.rome': 'ROME code',
	'adviser.campaign.contract': 'Contract',

	'campaign.status.draft': 'Being prepared',
	'campaign.status.calibration': 'Calibration',
	'campaign.status.open': 'Sessions open',
	'campaign.status.closed': 'Closed',

	'contract.cdi': 'Permanent',
	'contract.cdd': 'Fixed-term',
	'contract.interim': 'Temporary work',
	'contract.alternance': 'Work-study',

	'employer.title': 'Employer area',
	'employer.lead': 'Your ongoing recruitments.',
	'employer.campaigns.empty': 'No campaign yet.',

	'admin.title': 'Administration',
	'admin.users.title': 'Accounts',
	'admin.users.create': 'Create an account',
	'admin.users.created': 'Account created for {email}.',
	'admin.users.name': 'Name',
	'admin.users.email': 'Email address',
	'admin.users.role': 'Role',
	'admin.users.company': 'Company (employer accounts)',
	'admin.users.companyNone': '— none —',
	'admin.users.password': 'Temporary password',
	'admin.users.passwordHint': 'At least 12 characters. Give it to the person.',
	'admin.users.agency': 'Agency'
};
