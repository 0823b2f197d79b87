import { DomainError, globalId } from '@lacewire/core';

/** A use of a material asks for more than the store has; nothing was taken. */
export class InsufficientStockError extends DomainError {
  override name = 'InsufficientStock';
  /** The material's global id. */
  readonly materialId: string;
  readonly material: string;
  readonly stock: number;
  readonly unit: string;
  constructor(material: { id: string; name: string; stock: number; unit: string }) {
    super(`Only ${material.stock} ${material.unit} of ${material.name} in stock. Nothing was changed.`);
    this.materialId = globalId('Material', material.id);
    this.material = material.name;
    this.stock = material.stock;
    this.unit = material.unit;
  }
}
