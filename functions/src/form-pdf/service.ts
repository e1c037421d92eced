import { getService } from '../catalog/service.js';
import { departmentByCode } from '../catalog/taxonomy.js';
import { renderFormPdf } from '../pdf/form-pdf.js';

/** An item's published form as PDF: blank for the counter, or the filled sample (填写示例). */
export async function formPdf(code: string, mode: 'blank' | 'sample', language: 'zh' | 'en'): Promise<Uint8Array> {
  const item = await getService(code);
  return renderFormPdf({
    form: item.form,
    item: {
      code,
      name: item.name,
      departmentName: departmentByCode(item.department)?.name ?? { zh: item.department, en: item.department },
    },
    mode,
    language,
    date: item.publishedAt,
  });
}
