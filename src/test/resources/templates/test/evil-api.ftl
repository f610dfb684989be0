${b?api.getClass().getName()}
