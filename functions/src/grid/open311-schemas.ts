import { z } from 'zod';

/**
 * The shapes of Open311 GeoReport v2 as the API document describes them (the handlers build them in open311.ts;
 * the JSON and XML answers carry the same fields). Field names are the specification's.
 */

const jurisdiction = z.string().optional().describe('Accepted; this endpoint serves yuexiu.gov.cn only');

export const open311Query = z.object({
  jurisdiction_id: jurisdiction,
  service_request_id: z.string().optional().describe('requests: one or more ids, comma delimited (others ignored)'),
  service_code: z.string().optional().describe('requests: one or more service codes, comma delimited'),
  start_date: z.string().optional().describe('requests: ISO 8601; without a range, the last 90 days'),
  end_date: z.string().optional().describe('requests: ISO 8601'),
  status: z.string().optional().describe('requests: open, closed or both, comma delimited'),
});

export const open311CreateForm = z.object({
  api_key: z.string().describe('Issued by the district to each client'),
  jurisdiction_id: jurisdiction,
  service_code: z.string(),
  lat: z.string().describe('WGS 84 latitude; addresses are not geocoded, so lat and long are required'),
  long: z.string(),
  address_string: z.string().optional(),
  'attribute[hazard]': z.enum(['yes', 'no']).optional(),
  description: z.string().max(4000).optional(),
  email: z.string().optional().describe('Accepted, not stored'),
  device_id: z.string().optional().describe('Accepted, not stored'),
  account_id: z.string().optional().describe('Accepted, not stored'),
  first_name: z.string().optional().describe('Accepted, not stored'),
  last_name: z.string().optional().describe('Accepted, not stored'),
  phone: z.string().optional().describe('Accepted, not stored'),
  media_url: z.string().optional().describe('Accepted, not stored (photos are not yet taken)'),
});

export const open311Services = z.array(
  z.object({
    service_code: z.string(),
    service_name: z.string(),
    description: z.string(),
    metadata: z.boolean(),
    type: z.enum(['realtime', 'batch', 'blackbox']),
    keywords: z.string(),
    group: z.string(),
  }),
);

export const open311Definition = z.object({
  service_code: z.string(),
  attributes: z.array(
    z.object({
      variable: z.boolean(),
      code: z.string(),
      datatype: z.string(),
      required: z.boolean(),
      datatype_description: z.string(),
      order: z.number().int(),
      description: z.string(),
      values: z.array(z.object({ key: z.string(), name: z.string() })),
    }),
  ),
});

export const open311Created = z.array(z.object({ service_request_id: z.string(), service_notice: z.string() }));

export const open311Requests = z.array(
  z.object({
    service_request_id: z.string(),
    status: z.enum(['open', 'closed']),
    status_notes: z.string().optional(),
    service_name: z.string(),
    service_code: z.string(),
    description: z.string(),
    agency_responsible: z.string().optional(),
    service_notice: z.string(),
    requested_datetime: z.string(),
    updated_datetime: z.string(),
    expected_datetime: z.string(),
    address: z.string().optional(),
    lat: z.number(),
    long: z.number(),
  }),
);
