console.log("test bundle");
