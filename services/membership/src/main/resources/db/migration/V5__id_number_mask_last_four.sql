-- Review S1: a masked ID number shows only its last four characters. The old mask (first six and last four)
-- left only the birth date unknown, about 3,000 candidates once the check character is applied.
UPDATE member
   SET id_number_masked = repeat('*', length(id_number_masked) - 4) || right(id_number_masked, 4)
 WHERE length(id_number_masked) > 4 AND left(id_number_masked, 1) <> '*';
