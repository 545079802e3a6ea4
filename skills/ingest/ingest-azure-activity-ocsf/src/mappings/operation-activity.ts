/**
 * Operation names to OCSF API Activity activity_id. Resource Manager names every operation
 * `<Provider>/<resource type>/<verb>` with the verb one of read, write, delete or action. `write` is a PUT
 * that creates or replaces, so it is Create when the response says 201 Created and Update otherwise;
 * `action` (listKeys, runCommand, elevateAccess...) is Other: what it does is in the operation name.
 */
export const OPERATION_VERB_ACTIVITY: Readonly<Record<string, 2 | 3 | 4 | 99>> = {
  read: 2,
  write: 3,
  delete: 4,
  action: 99,
}

/**
 * Storage data-plane operations (GetBlob, PutBlob, DeleteBlob, ListBlobs...), by their first word: Put
 * uploads a new blob or block and Copy creates one; Set and Append change one in place.
 */
export const STORAGE_VERB_ACTIVITY: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  get: 2,
  list: 2,
  query: 2,
  put: 1,
  create: 1,
  copy: 1,
  set: 3,
  append: 3,
  update: 3,
  delete: 4,
}

export const HTTP_CREATED = 201
