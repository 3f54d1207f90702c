"""What a person does, one module per thing: each wires its page to the parts it needs."""
