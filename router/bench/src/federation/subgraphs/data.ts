/**
 * The benchmark's data: small, fixed and the same in every run, so that every gateway's answer can be compared
 * byte for byte. Five users write two reviews each about the five products.
 */
export const users = Array.from({ length: 5 }, (_, index) => ({
  id: String(index + 1),
  name: `User ${index + 1}`,
  username: `user${index + 1}`,
  birthday: 1_000_000 + index * 86_400,
}));

export const products = Array.from({ length: 5 }, (_, index) => ({
  upc: String(index + 1),
  name: `Product ${index + 1}`,
  price: 300 + index * 450,
  weight: 100 + index * 50,
}));

export const reviews = Array.from({ length: 10 }, (_, index) => ({
  id: String(index + 1),
  body: `Review ${index + 1}`,
  authorId: String((index % users.length) + 1),
  upc: String(((index * 3) % products.length) + 1),
}));
