import type { RouteDefinition } from '../platform/route-table.js';

/** The registries routes (see ../routes.ts). */
export const registriesRoutes = [
  {
    id: 'registries.getPerson',
    method: 'GET',
    path: '/api/registries/persons/{idNumber}',
    group: 'registries',
    access: { roles: { steward: 'district', officer: 'district', clerk: 'district' } },
    personalData: true,
    summary: 'A person of the base registry by exact resident ID number (no listing), with version history; audited',
  },
  {
    id: 'registries.getEntity',
    method: 'GET',
    path: '/api/registries/entities/{creditCode}',
    group: 'registries',
    access: { roles: { steward: 'district', officer: 'district', clerk: 'district' } },
    personalData: true,
    summary: 'A legal entity by unified social credit code (legal representative masked), with version history',
  },
  {
    id: 'registries.getBuilding',
    method: 'GET',
    path: '/api/registries/buildings/{code}',
    group: 'registries',
    access: { roles: { steward: 'district', officer: 'district', clerk: 'district', inspector: 'district' } },
    summary: 'A building by its code, with version history',
  },
  {
    id: 'registries.startImport',
    method: 'POST',
    path: '/api/registries/imports',
    group: 'registries',
    access: { roles: { steward: 'district' } },
    personalData: true,
    summary: 'Import a CSV (UTF-8 or GB18030) into one registry: rows validated, bad rows to an error file, idempotent',
  },
  {
    id: 'registries.getImport',
    method: 'GET',
    path: '/api/registries/imports/{id}',
    group: 'registries',
    access: { roles: { steward: 'district' } },
    summary: 'Progress and outcome of an import (rows, rate, rejected rows, error file)',
  },
  {
    id: 'registries.importErrors',
    method: 'GET',
    path: '/api/registries/imports/{id}/errors',
    group: 'registries',
    access: { roles: { steward: 'district' } },
    summary: 'The error file of an import: CSV of line, field and reason (no values)',
  },
  {
    id: 'registries.quality',
    method: 'GET',
    path: '/api/registries/quality',
    group: 'registries',
    access: { roles: { steward: 'district', supervisor: 'district' } },
    summary:
      'Data quality per registry and field, as last computed (after each import and daily): completeness, validity, near-duplicates, staleness, dangling references',
  },
  {
    id: 'registries.qualityIssues',
    method: 'GET',
    path: '/api/registries/quality/issues',
    group: 'registries',
    access: { roles: { steward: 'district', supervisor: 'district' } },
    personalData: true,
    summary:
      'Drill-down of a quality figure: a page of the records with one problem in one field (persons masked); audited',
  },
] as const satisfies readonly RouteDefinition[];
