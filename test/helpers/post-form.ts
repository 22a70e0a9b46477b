import { request, type Agent } from 'node:http';

export const FORM = 'application/x-www-form-urlencoded';

/** What a test sees of an HTTP answer. */
export interface FormReply {
  status: number;
  body: string;
}

/** POSTs a form body (as a webhook sender would) and collects the answer as text. */
export function postForm(
  url: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
  agent?: Agent,
): Promise<FormReply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'Content-Type': FORM, ...headers } }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
