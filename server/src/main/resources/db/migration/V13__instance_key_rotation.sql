-- Hearth schema, version 13: the chain of this instance's key rotations. Each row is a statement
-- signed by the key it retires, announcing its successor; peers follow the chain from the key they
-- pinned. The retired private keys are not kept: instance_key holds only the current one.
CREATE TABLE instance_key_rotation (
  chain_index INTEGER NOT NULL PRIMARY KEY, -- 1 for the first rotation
  old_thumbprint VARCHAR(43) NOT NULL,
  new_thumbprint VARCHAR(43) NOT NULL,
  statement VARCHAR(16384) NOT NULL,
  rotated_on DATE NOT NULL
);
