import type * as Xmldom from '@xmldom/xmldom';
import { lazyRequire } from '../../lazy-require.js';

const xmldom = lazyRequire<typeof Xmldom>('@xmldom/xmldom');

export const ns = {
  assertion: 'urn:oasis:names:tc:SAML:2.0:assertion',
  protocol: 'urn:oasis:names:tc:SAML:2.0:protocol',
  metadata: 'urn:oasis:names:tc:SAML:2.0:metadata',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
} as const;

export class SamlXmlError extends Error {}

const COMMENT_NODE = 8;
const DOCUMENT_TYPE_NODE = 10;
const ELEMENT_NODE = 1;

/**
 * Parses XML strictly: a parse error or warning, a DOCTYPE (entity tricks) or, when
 * `refuseComments`, any comment (comment injection into a signed value) is refused.
 */
export function parseXml(xml: string, options: { refuseComments: boolean }): Document {
  const problems: string[] = [];
  let document: ReturnType<Xmldom.DOMParser['parseFromString']> | undefined;
  try {
    document = new (xmldom().DOMParser)({
      locator: true,
      onError: (_level, message) => {
        problems.push(message.split('\n')[0] ?? message);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (error) {
    // A fatal error throws after being reported.
    problems.push((error as Error).message.split('\n')[0] ?? 'parse error');
  }
  if (problems.length > 0 || !document?.documentElement) throw new SamlXmlError(`malformed XML (${problems[0]})`);
  const walk = (node: Node): void => {
    if (node.nodeType === DOCUMENT_TYPE_NODE) throw new SamlXmlError('a DOCTYPE is not allowed');
    if (options.refuseComments && node.nodeType === COMMENT_NODE)
      throw new SamlXmlError('XML comments are not allowed in a SAML message');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  // xmldom's own DOM types; its documents implement the DOM interfaces the callers use.
  const parsed = document as unknown as Document;
  walk(parsed);
  return parsed;
}

/** The element children of `parent` named `localName` in namespace `namespace`. */
export function childElements(parent: Node, namespace: string, localName: string): Element[] {
  const found: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    if (element.namespaceURI === namespace && element.localName === localName) found.push(element);
  }
  return found;
}

export function onlyChild(parent: Node, namespace: string, localName: string): Element | undefined {
  const found = childElements(parent, namespace, localName);
  return found.length === 1 ? found[0] : undefined;
}

/** Every element named `localName` in `namespace` below `root`, at any depth. */
export function descendants(root: Element | Document, namespace: string, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(namespace, localName));
}

export const text = (element: Element | undefined) => element?.textContent?.trim() ?? '';
