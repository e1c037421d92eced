import type { z } from 'zod';
import { extractionList } from '../../functions/src/data-sharing/extraction-model';
import {
  machineClientIssued,
  machineClientList,
  machineClientView,
} from '../../functions/src/data-sharing/machine-client-model';
import { dataRequestList, dataRequestView } from '../../functions/src/data-sharing/request-model';
import {
  subscriptionCreated,
  subscriptionList,
  subscriptionView,
} from '../../functions/src/data-sharing/subscription-model';
import { request } from './api';

/** The data sharing calls (数据共享) for server components and server actions; the API checks every input. */

export type DataRequest = z.infer<typeof dataRequestView>;
export type MachineClient = z.infer<typeof machineClientView>;
export type DataSubscription = z.infer<typeof subscriptionView>;
export type DataExtraction = z.infer<typeof extractionList>['items'][number];

const post = (body: unknown) => ({ method: 'POST' as const, body });
const id = (value: string) => encodeURIComponent(value);

export const dataApi = {
  createRequest: (input: unknown) => request('/api/data/requests', dataRequestView, post(input)),
  listRequests: async (side: 'mine' | 'owner') =>
    (await request(`/api/data/requests?side=${side}`, dataRequestList)).items,
  getRequest: (requestId: string) => request(`/api/data/requests/${id(requestId)}`, dataRequestView),
  decideRequest: (requestId: string, input: unknown) =>
    request(`/api/data/requests/${id(requestId)}/decision`, dataRequestView, post(input)),
  /** Who extracted the owner's resource (its department's staff and supervision only). */
  usage: async (resourceId: string) =>
    (await request(`/api/data/resources/${id(resourceId)}/usage`, extractionList)).items,
  /** A department head's systems with client credentials: register, rotate, revoke. */
  clients: async () => (await request('/api/data/clients', machineClientList)).items,
  createClient: (input: unknown) => request('/api/data/clients', machineClientIssued, post(input)),
  rotateClient: (clientId: string) =>
    request(`/api/data/clients/${id(clientId)}/rotation`, machineClientIssued, { method: 'POST' as const }),
  revokeClient: (clientId: string) =>
    request(`/api/data/clients/${id(clientId)}/revocation`, machineClientView, { method: 'POST' as const }),
  /** My department's change event subscriptions (officers and heads see them; heads make and end them). */
  subscriptions: async () => (await request('/api/data/subscriptions', subscriptionList)).items,
  createSubscription: (input: unknown) => request('/api/data/subscriptions', subscriptionCreated, post(input)),
  deleteSubscription: (subscriptionId: string) =>
    request(`/api/data/subscriptions/${id(subscriptionId)}`, subscriptionView, { method: 'DELETE' as const }),
};
