/** An area's Chinese strings: exactly the keys of its English ones. */
export type AreaMessages<En> = { readonly [K in keyof En]: string };
