/**
 * The request and response schemas of each route, for the OpenAPI document. Kept apart from the route
 * table on purpose: routes.ts is bundled into every Lambda and stays free of zod, while this registry (and
 * the zod schemas it pulls in) is bundled only by the openapi function. Register a route's schemas here
 * when you add it; a route without an entry is still documented, with a generic JSON body.
 */
import type { z } from 'zod';
import { correctionInput, counterCaseInput, lookupInput, ratingInput, submitCaseInput } from '../cases/model.js';
import { decisionInput } from '../workitems/model.js';
import {
  catalogEntry,
  catalogItemView,
  catalogList,
  departmentList,
  draftInput,
  itemCode,
  lifeEventList,
  publishInput,
  publishedGuide,
  serviceListQuery,
  serviceListResponse,
} from '../catalog/model.js';
import { documentView, uploadRequest } from '../documents/model.js';
import { draftInput as formDraftInput, draftRead, draftView, formPdfQuery } from '../forms/model.js';
import { profileInput, profileQuery } from '../identity/model.js';
import { outletList, outletQuery } from '../outlets/model.js';
import {
  publishedScenario,
  resolveInput,
  resolveResult,
  scenarioInput,
  scenarioList,
  scenarioParams,
} from '../scenarios/model.js';
import { supervisionQueryFields, supervisionSummary } from '../supervision/model.js';
import type { RouteId } from '../routes.js';

/** A schema with the name it has under components.schemas. */
export interface NamedSchema {
  readonly name: string;
  readonly schema: z.ZodType;
}

export interface RouteSchemas {
  /** Schemas of path parameters by name (a parameter without one is a plain string). */
  readonly params?: Readonly<Record<string, z.ZodType>>;
  /** An object schema; each property is one query parameter. */
  readonly query?: z.ZodObject;
  readonly body?: NamedSchema;
  /** The success status (200 unless said otherwise). */
  readonly status?: number;
  readonly response?: NamedSchema;
}

const code = { code: itemCode };

export const routeSchemas: Partial<Record<RouteId, RouteSchemas>> = {
  'identity.getProfile': { query: profileQuery },
  'identity.putProfile': { body: { name: 'ProfileInput', schema: profileInput } },
  'documents.createUpload': { body: { name: 'UploadRequest', schema: uploadRequest }, status: 201 },
  'documents.get': { response: { name: 'DocumentView', schema: documentView } },
  'documents.verify': { response: { name: 'DocumentView', schema: documentView } },
  'cases.create': { body: { name: 'SubmitCaseInput', schema: submitCaseInput }, status: 201 },
  'cases.fileAtCounter': { body: { name: 'CounterCaseInput', schema: counterCaseInput }, status: 201 },
  'cases.lookup': { body: { name: 'CaseLookupInput', schema: lookupInput } },
  'cases.correct': { body: { name: 'CorrectionInput', schema: correctionInput } },
  'cases.rate': { body: { name: 'RatingInput', schema: ratingInput } },
  'workitems.decide': { body: { name: 'DecisionInput', schema: decisionInput } },
  'catalog.listServices': {
    query: serviceListQuery,
    response: { name: 'ServiceList', schema: serviceListResponse },
  },
  'catalog.getService': { params: code, response: { name: 'ServiceGuide', schema: publishedGuide } },
  'catalog.listDepartments': { response: { name: 'DepartmentList', schema: departmentList } },
  'catalog.listLifeEvents': { response: { name: 'LifeEventList', schema: lifeEventList } },
  'catalog.listItems': { response: { name: 'CatalogList', schema: catalogList } },
  'catalog.getItem': { params: code, response: { name: 'CatalogItem', schema: catalogItemView } },
  'catalog.putDraft': {
    params: code,
    body: { name: 'DraftInput', schema: draftInput },
    response: { name: 'CatalogEntry', schema: catalogEntry },
  },
  'catalog.publish': {
    params: code,
    body: { name: 'PublishInput', schema: publishInput },
    response: { name: 'CatalogEntry', schema: catalogEntry },
  },
  'scenarios.list': { response: { name: 'ScenarioList', schema: scenarioList } },
  'scenarios.get': { params: scenarioParams.shape, response: { name: 'Scenario', schema: publishedScenario } },
  'scenarios.resolve': {
    params: scenarioParams.shape,
    body: { name: 'ResolveInput', schema: resolveInput },
    response: { name: 'ResolveResult', schema: resolveResult },
  },
  'scenarios.put': {
    params: scenarioParams.shape,
    body: { name: 'ScenarioInput', schema: scenarioInput },
    response: { name: 'Scenario', schema: publishedScenario },
  },
  'outlets.list': { query: outletQuery, response: { name: 'OutletList', schema: outletList } },
  'forms.pdf': { params: code, query: formPdfQuery },
  'forms.getDraft': { params: code, response: { name: 'FormDraftRead', schema: draftRead } },
  'forms.putDraft': {
    params: code,
    body: { name: 'FormDraftInput', schema: formDraftInput },
    response: { name: 'FormDraft', schema: draftView },
  },
  'forms.deleteDraft': { params: code, status: 204 },
  'supervision.summary': {
    query: supervisionQueryFields,
    response: { name: 'SupervisionSummary', schema: supervisionSummary },
  },
  'supervision.export': { query: supervisionQueryFields },
};
