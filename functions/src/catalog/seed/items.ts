import type { ServiceItem } from '../model.js';
import { civilAffairsItems } from './civil-affairs.js';
import { cultureSportsItems } from './culture-sports.js';
import { disabledPersonsItems } from './disabled-persons.js';
import { educationItems } from './education.js';
import { environmentItems } from './environment.js';
import { healthItems } from './health.js';
import { householdRegistrationItems } from './household-registration.js';
import { housingItems } from './housing.js';
import { humanResourcesItems } from './human-resources.js';
import { marketSupervisionItems } from './market-supervision.js';
import { medicalInsuranceItems } from './medical-insurance.js';
import { streetOfficeItems } from './street-office.js';
import { taxItems } from './tax.js';
import { urbanManagementItems } from './urban-management.js';
import { veteransAffairsItems } from './veterans-affairs.js';

/** The realistic seed catalog: every department's items, by department. */
export const seedItems: readonly ServiceItem[] = [
  ...civilAffairsItems,
  ...humanResourcesItems,
  ...marketSupervisionItems,
  ...healthItems,
  ...housingItems,
  ...householdRegistrationItems,
  ...educationItems,
  ...environmentItems,
  ...cultureSportsItems,
  ...streetOfficeItems,
  ...medicalInsuranceItems,
  ...taxItems,
  ...disabledPersonsItems,
  ...veteransAffairsItems,
  ...urbanManagementItems,
];
